package org.oxpip.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.oxpip.stack.DemoRealm;
import org.oxpip.stack.KeycloakTokens;

/**
 * Tokens an attacker could make without the realm's private key. Each carries claims that would open every
 * endpoint (every role, agency A, our audience and issuer), so the only thing wrong with it is the thing the
 * attack is about.
 */
final class ForgedTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> ALL_ROLES =
            List.of("referrer", "clinician", "manager", "funder", "admin", "referral-reader", "feed-reader");

    private ForgedTokens() {}

    /** The claims of a real admin token, widened to every role, with agency A's claim, expiring at {@code exp}. */
    static ObjectNode everythingClaims(Instant exp) {
        ObjectNode claims = (ObjectNode) KeycloakTokens.claims(Tokens.admin()).deepCopy();
        claims.putObject("realm_access").set("roles", JSON.valueToTree(ALL_ROLES));
        claims.put("agency_id", "agency-a");
        claims.set("aud", JSON.valueToTree(List.of(DemoRealm.AUDIENCE)));
        claims.put("exp", exp.getEpochSecond());
        return claims;
    }

    /** {@code alg: none}, no signature. */
    static String unsigned(ObjectNode claims) {
        return part(header("none")) + "." + part(claims) + ".";
    }

    /** RS256 with a key of our own, under the realm key's {@code kid}. */
    static String signedByAnotherKey(ObjectNode claims) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            String signingInput = part(header("RS256")) + "." + part(claims);
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HS256 keyed with the realm's published RSA public key: the old algorithm-confusion attack. */
    static String hmacWithTheRealmsPublicKey(ObjectNode claims, String publicKey) {
        try {
            String signingInput = part(header("HS256")) + "." + part(claims);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(publicKey.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real token whose payload was swapped for one with every role, keeping the real signature. */
    static String tampered(String realToken, ObjectNode claims) {
        String[] parts = realToken.split("\\.");
        return parts[0] + "." + part(claims) + "." + parts[2];
    }

    private static ObjectNode header(String alg) {
        JsonNode real = KeycloakTokens.claims(headerAsPayload(Tokens.admin()));
        ObjectNode header = JSON.createObjectNode();
        header.put("alg", alg);
        header.put("typ", "JWT");
        header.put("kid", real.path("kid").asText());
        return header;
    }

    /** The real token with its header in the payload's place, so {@link KeycloakTokens#claims} reads the header. */
    private static String headerAsPayload(String token) {
        return "x." + token.split("\\.")[0];
    }

    private static String part(JsonNode json) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }
}
