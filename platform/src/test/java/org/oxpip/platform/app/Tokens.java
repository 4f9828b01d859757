package org.oxpip.platform.app;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;

/**
 * Tokens signed with the key the test OIDC server publishes. The services use platform-testing's
 * TestTokens; the platform cannot (that module's own tests depend on this one).
 */
final class Tokens {

    private Tokens() {}

    static JwtClaimsBuilder claims(String user, String... roles) {
        return Jwt.preferredUserName(user)
                .subject(user)
                .issuer("https://server.example.com")
                .claim("realm_access", Map.of("roles", List.of(roles)));
    }

    static String of(String user, String... roles) {
        return sign(claims(user, roles));
    }

    static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }
}
