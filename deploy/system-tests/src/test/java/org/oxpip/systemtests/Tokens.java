package org.oxpip.systemtests;

import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.oxpip.stack.DemoRealm;

/** Real tokens from the stack's Keycloak, fetched once per test run (they live five minutes). */
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
        return CACHE.computeIfAbsent("client:" + client.clientId(),
                k -> RunningStack.stack().tokens().clientCredentials(client));
    }

    static String user(DemoRealm.User user) {
        return CACHE.computeIfAbsent("user:" + user.username(), k -> RunningStack.stack().tokens().password(user));
    }

    static String clinician() {
        return user(DemoRealm.CLINICIAN);
    }
}
