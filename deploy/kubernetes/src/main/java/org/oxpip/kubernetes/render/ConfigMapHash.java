package org.oxpip.kubernetes.render;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The name suffix kustomize gives a generated ConfigMap: the SHA-256 of a JSON encoding of the map,
 * the first ten hex digits, with 0, 1, 3, a and e replaced (so that the suffix never looks like a number or
 * a word). The JSON is the one Go's encoding/json writes for {"data":..., "kind":"ConfigMap", "name":""}
 * (kustomize 5 hashes an empty name): keys sorted, no spaces, and &lt;, &gt;, &amp;, U+2028 and U+2029
 * escaped. The expected values in the tests were taken from `kubectl kustomize` (kustomize v5.5.0).
 */
public final class ConfigMapHash {

    private ConfigMapHash() {
    }

    public static String of(JsonNode data) {
        Map<String, String> sorted = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            sorted.put(entry.getKey(), entry.getValue().asText());
        }
        List<String> pairs = new ArrayList<>();
        sorted.forEach((key, value) -> pairs.add(goString(key) + ":" + goString(value)));
        String encoded = "{\"data\":{" + String.join(",", pairs) + "},\"kind\":\"ConfigMap\",\"name\":\"\"}";
        return encode(sha256Hex(encoded));
    }

    static String encode(String hex) {
        char[] suffix = hex.substring(0, 10).toCharArray();
        for (int i = 0; i < suffix.length; i++) {
            suffix[i] = switch (suffix[i]) {
                case '0' -> 'g';
                case '1' -> 'h';
                case '3' -> 'k';
                case 'a' -> 'm';
                case 'e' -> 't';
                default -> suffix[i];
            };
        }
        return new String(suffix);
    }

    /** A JSON string as Go's encoding/json (HTML-safe by default) writes it. TreeMap order is Go's byte order for ASCII keys. */
    static String goString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
