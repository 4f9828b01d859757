package org.oxpip.kubernetes.render;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Expected suffixes are those `kubectl kustomize` (kustomize v5.5.0) gave for the same data. */
class ConfigMapHashTest {

    @Test
    void oneLiteral() {
        ObjectNode data = JsonNodeFactory.instance.objectNode()
                .put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://referrals-db-rw:5432/referrals");
        assertEquals("dk97k8g8t5", ConfigMapHash.of(data));
    }

    @Test
    void keysAreSortedBeforeHashing() {
        ObjectNode data = JsonNodeFactory.instance.objectNode()
                .put("QUARKUS_REST_CLIENT_REFERRALS_URL", "http://referrals-service:8081")
                .put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://outcomes-db-rw:5432/outcomes");
        assertEquals("5284tf5kc7", ConfigMapHash.of(data));
    }

    @Test
    void suffixLettersReplaceDigitsThatCouldMakeItLookLikeANumber() {
        assertEquals("ghkmtbcd24", ConfigMapHash.encode("013aebcd24ffff"));
    }

    @Test
    void stringsAreEscapedAsGoDoes() {
        assertEquals("\"a\\u003cb\\u003e\\u0026\\n\\t\\\"\\\\\\u0001é\"", ConfigMapHash.goString("a<b>&\n\t\"\\\u0001é"));
    }
}
