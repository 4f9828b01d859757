package org.oxpip.kubernetes.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Kubernetes label selectors: matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist). */
final class Selectors {

    private Selectors() {}

    /** A LabelSelector object; an empty one selects everything. */
    static boolean matches(JsonNode selector, Map<String, String> labels) {
        for (var it = selector.path("matchLabels").fields(); it.hasNext(); ) {
            var entry = it.next();
            if (!entry.getValue().asText().equals(labels.get(entry.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String key = expression.path("key").asText();
            Set<String> values = new HashSet<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            boolean ok = switch (expression.path("operator").asText()) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A Service's selector: a plain map of labels, all of which must be on the pod. */
    static boolean matchesMap(JsonNode selector, Map<String, String> labels) {
        for (var it = selector.fields(); it.hasNext(); ) {
            var entry = it.next();
            if (!entry.getValue().asText().equals(labels.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
