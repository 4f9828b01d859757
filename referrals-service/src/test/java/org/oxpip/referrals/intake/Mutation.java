package org.oxpip.referrals.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oxpip.referrals.testing.ReferralBodies;

/** Applies "path=value" to a request body: the small language of the validation table. */
final class Mutation {

    private Mutation() {}

    @SuppressWarnings("unchecked")
    static void apply(Map<String, Object> body, String change) {
        String[] parts = change.split("=", 2);
        String[] path = parts[0].trim().split("\\.");
        Object target = body;
        for (int i = 0; i < path.length - 1; i++) {
            target = step(target, path[i]);
        }
        String last = path[path.length - 1];
        Object value = value(last, parts.length > 1 ? parts[1].trim() : "");
        ((Map<String, Object>) target).put(last, value);
    }

    @SuppressWarnings("unchecked")
    private static Object step(Object target, String segment) {
        if (segment.endsWith("]")) {
            String name = segment.substring(0, segment.indexOf('['));
            int index = Integer.parseInt(segment.substring(segment.indexOf('[') + 1, segment.length() - 1));
            return ((List<Object>) ((Map<String, Object>) target).get(name)).get(index);
        }
        return ((Map<String, Object>) target).get(segment);
    }

    private static Object value(String field, String raw) {
        return switch (raw) {
            case "null" -> null;
            case "[]" -> new ArrayList<>();
            case "yesterday" -> ReferralBodies.today().minusDays(1).toString();
            case "tomorrow" -> ReferralBodies.today().plusDays(1).toString();
            case "nextmonth" -> ReferralBodies.today().plusMonths(1).toString();
            case "long" -> "x".repeat(4001);
            case "false" -> false;
            default -> {
                if (field.equals("parents") && raw.matches("\\d")) {
                    List<Object> parents = new ArrayList<>();
                    for (int i = 0; i < Integer.parseInt(raw); i++) {
                        parents.add(ReferralBodies.parent("Parent", "Number" + "abc".charAt(i), null));
                    }
                    yield parents;
                }
                if (raw.startsWith("[")) {
                    yield new ArrayList<>(List.of(raw.substring(1, raw.length() - 1)));
                }
                yield raw;
            }
        };
    }
}
