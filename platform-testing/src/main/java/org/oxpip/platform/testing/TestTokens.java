package org.oxpip.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;

/**
 * Bearer tokens shaped like Keycloak's (roles in {@code realm_access.roles}, audience {@code oxpip-api},
 * issuer {@link #ISSUER}), signed with the key the test OIDC server publishes
 * ({@code OidcWiremockTestResource}), so a service checks them exactly as it checks real ones. A service's
 * test configuration sets {@code quarkus.oidc.token.issuer} to {@link #ISSUER}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "oxpip-api";
    public static final String AGENCY_A = "agency-a";
    public static final String AGENCY_B = "agency-b";

    private TestTokens() {}

    /** A member of staff whose user name is the role ("clinician", "admin"...). */
    public static String staff(String role) {
        return token(role).roles(role).sign();
    }

    /** A partner agency's service account: role referrer, claim agency_id. */
    public static String partner(String agency) {
        return token("service-account-partner-" + agency)
                .roles("referrer")
                .agency(agency)
                .sign();
    }

    /** A funder that funds these streams (claim funding_streams, an array). */
    public static String funder(String... fundingStreams) {
        return token("funder").roles("funder").fundingStreams(fundingStreams).sign();
    }

    /** One of our services calling another with its client-credentials token: claim azp is its client id. */
    public static String service(String clientId, String... roles) {
        return token("service-account-" + clientId).roles(roles).azp(clientId).sign();
    }

    /** A staff token for another audience, which every service must refuse. */
    public static String withAudience(String role, String audience) {
        return token(role).roles(role).audience(audience).sign();
    }

    /** Any other shape: {@code TestTokens.token("funder-b").roles("funder").fundingStream("A").sign()}. */
    public static Token token(String user) {
        return new Token(user);
    }

    /** A token being built; {@link #sign()} signs it. */
    public static final class Token {

        private final JwtClaimsBuilder claims;

        private Token(String user) {
            claims = Jwt.preferredUserName(user).subject(user).issuer(ISSUER).audience(AUDIENCE);
        }

        public Token roles(String... roles) {
            claims.claim("realm_access", Map.of("roles", List.of(roles)));
            return this;
        }

        public Token agency(String agencyId) {
            return claim("agency_id", agencyId);
        }

        /** Claim funding_streams as an array, as a multivalued Keycloak attribute gives it. */
        public Token fundingStreams(String... streams) {
            return claim("funding_streams", List.of(streams));
        }

        /** Claim funding_streams as one string, as a single-valued Keycloak attribute gives it. */
        public Token fundingStream(String stream) {
            return claim("funding_streams", stream);
        }

        public Token azp(String clientId) {
            return claim("azp", clientId);
        }

        public Token audience(String audience) {
            claims.audience(audience);
            return this;
        }

        public Token claim(String name, Object value) {
            claims.claim(name, value);
            return this;
        }

        public String sign() {
            return claims.jws().keyId("1").sign("privateKey.jwk");
        }
    }
}
