package org.oxpip.referrals.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;

/**
 * Tokens shaped like Keycloak's (roles in realm_access.roles, audience oxpip-api, agency_id for
 * partners), signed with the key the test OIDC server publishes.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AGENCY_A = "agency-a";
    public static final String AGENCY_B = "agency-b";

    private TestTokens() {}

    public static String staff(String role) {
        return sign(claims(role, role));
    }

    public static String partner(String agency) {
        return sign(claims("service-account-partner-" + agency, "referrer").claim("agency_id", agency));
    }

    public static String withAudience(String role, String audience) {
        return sign(claims(role, role).audience(audience));
    }

    /**
     * A service's client-credentials token as Keycloak issues it: the client id in {@code azp}, the
     * service-account user as the principal, the given roles (e.g. referral-reader).
     */
    public static String service(String clientId, String... roles) {
        return sign(claims("service-account-" + clientId, roles).claim("azp", clientId));
    }

    /** A partner's token with no agency_id claim: a client misconfigured in the realm. */
    public static String referrerWithoutAgency() {
        return sign(claims("service-account-partner-unknown", "referrer"));
    }

    /** A partner agency's token that also carries other roles (e.g. a service role). */
    public static String partnerWithRoles(String agency, String... roles) {
        return sign(claims("service-account-partner-" + agency, roles).claim("agency_id", agency));
    }

    private static JwtClaimsBuilder claims(String user, String... roles) {
        return Jwt.preferredUserName(user)
                .subject(user)
                .issuer(ISSUER)
                .audience("oxpip-api")
                .claim("realm_access", Map.of("roles", List.of(roles)));
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }
}
