package org.oxpip.systemtests;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.oxpip.stack.DemoRealm;
import org.oxpip.stack.KeycloakTokens;

/**
 * Real tokens from the stack's Keycloak. They live five minutes and the whole run takes longer, so each is
 * kept until it has less than a minute left, then fetched again.
 */
final class Tokens {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {}

    static String partnerA() {
        return client(DemoRealm.PARTNER_AGENCY_A);
    }

    static String partnerB() {
        return client(DemoRealm.PARTNER_AGENCY_B);
    }

    static String client(DemoRealm.Client client) {
        return cached(
                "client:" + client.clientId(),
                () -> RunningStack.stack().tokens().clientCredentials(client));
    }

    static String user(DemoRealm.User user) {
        return cached(
                "user:" + user.username(), () -> RunningStack.stack().tokens().password(user));
    }

    static String clinician() {
        return user(DemoRealm.CLINICIAN);
    }

    static String admin() {
        return user(DemoRealm.ADMIN);
    }

    private static String cached(String key, Supplier<String> fetch) {
        return CACHE.compute(key, (k, token) -> token != null && !nearlyExpired(token) ? token : fetch.get());
    }

    private static boolean nearlyExpired(String token) {
        long exp = KeycloakTokens.claims(token).path("exp").asLong();
        return Instant.ofEpochSecond(exp).isBefore(Instant.now().plusSeconds(60));
    }
}
