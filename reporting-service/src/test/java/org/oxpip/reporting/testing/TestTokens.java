package org.oxpip.reporting.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;

/**
 * Tokens shaped like Keycloak's (roles in realm_access.roles, audience oxpip-api, agency_id for
 * partners, funding_streams for funders), signed with the key the test OIDC server publishes.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AGENCY_A = "agency-a";
    public static final String AGENCY_B = "agency-b";
    public static final String FUNDING_STREAMS = "funding_streams";

    private TestTokens() {}

    /** A token with one role and nothing else: a funder's then names no funding stream. */
    public static String staff(String role) {
        return sign(claims(role, List.of(role)));
    }

    public static String partner(String agency) {
        return sign(claims("service-account-partner-" + agency, List.of("referrer")).claim("agency_id", agency));
    }

    /** A funder of these streams, as Keycloak's multivalued attribute mapper writes them (a JSON array). */
    public static String funder(String... streams) {
        return withFundingStreams(List.of("funder"), List.of(streams));
    }

    /** Any roles with the funding_streams claim exactly as given: a list, a single string, anything. */
    public static String withFundingStreams(List<String> roles, Object claim) {
        return sign(claims(String.join("-", roles), roles).claim(FUNDING_STREAMS, claim));
    }

    public static String withAudience(String role, String audience) {
        return sign(claims(role, List.of(role)).audience(audience));
    }

    private static JwtClaimsBuilder claims(String user, List<String> roles) {
        return Jwt.preferredUserName(user)
                .subject(user)
                .issuer(ISSUER)
                .audience("oxpip-api")
                .claim("realm_access", Map.of("roles", roles));
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }
}
