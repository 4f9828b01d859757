package org.oxpip.kubernetes.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.oxpip.kubernetes.manifest.Resources;

/**
 * An Ingress must use TLS for every host, route only to Services of the build, and never route a path that
 * reaches a change feed (/api/v1/feed/...): neither the feed path nor one of its prefixes ("/", "/api", ...).
 * Of Keycloak's paths only the realm oxpip faces the internet (and the static /resources of its login pages):
 * no path may reach the admin console and its API (/admin) or another realm, above all /realms/master, whose
 * users administer Keycloak itself.
 */
final class IngressPolicies {

    static final String FEED_PATH = "/api/v1/feed";
    static final String PUBLIC_REALM = "/realms/oxpip";

    private IngressPolicies() {}

    static void check(
            JsonNode ingress, List<? extends JsonNode> resources, Set<String> services, List<Finding> findings) {
        String id = Resources.id(ingress);
        for (JsonNode rule : ingress.path("spec").path("rules")) {
            String host = rule.path("host").asText("");
            if (!hasTls(ingress, host)) {
                findings.add(new Finding(Rule.DANGLING_REFERENCE, id, "host '" + host + "' has no TLS entry"));
            }
            for (JsonNode path : rule.path("http").path("paths")) {
                String value = path.path("path").asText("/");
                String type = path.path("pathType").asText("");
                if (reaches(value, type, FEED_PATH)) {
                    findings.add(new Finding(
                            Rule.FEED_EXPOSED, id, "path " + value + " on " + host + " routes the change feeds"));
                }
                if (reaches(value, type, "/admin")
                        || (reaches(value, type, "/realms") && !within(value, PUBLIC_REALM))) {
                    findings.add(new Finding(
                            Rule.KEYCLOAK_EXPOSED,
                            id,
                            "path " + value + " on " + host
                                    + " routes Keycloak's admin console or a realm other than oxpip"));
                }
                String service =
                        path.path("backend").path("service").path("name").asText("");
                if (!services.contains(service)) {
                    findings.add(new Finding(
                            Rule.DANGLING_REFERENCE, id, "backend Service " + service + " is not in the build"));
                }
                String portName = path.path("backend")
                        .path("service")
                        .path("port")
                        .path("name")
                        .asText(null);
                if (portName != null
                        && resources.stream()
                                .filter(r -> Resources.kind(r).equals("Service")
                                        && Resources.name(r).equals(service))
                                .noneMatch(s -> hasPort(s, portName))) {
                    findings.add(new Finding(
                            Rule.DANGLING_REFERENCE, id, "Service " + service + " has no port named " + portName));
                }
            }
        }
    }

    /**
     * Whether an Ingress path routes {@code target} or anything under it. Prefix matching is by whole path
     * elements: /api/v1/f does not match /api/v1/feed, /api/v1 does.
     */
    static boolean reaches(String path, String pathType, String target) {
        if (within(path, target)) {
            return true;
        }
        String normalized = normalize(path);
        boolean prefix = !pathType.equals("Exact");
        return prefix && (normalized.equals("/") || (target + "/").startsWith(normalized + "/"));
    }

    /** Whether everything an Ingress path routes lies at or under {@code target}. */
    private static boolean within(String path, String target) {
        String normalized = normalize(path);
        return normalized.equals(target) || normalized.startsWith(target + "/");
    }

    private static String normalize(String path) {
        return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    }

    private static boolean hasTls(JsonNode ingress, String host) {
        for (JsonNode tls : ingress.path("spec").path("tls")) {
            for (JsonNode h : tls.path("hosts")) {
                if (h.asText().equals(host) && tls.hasNonNull("secretName")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasPort(JsonNode service, String name) {
        for (JsonNode port : service.path("spec").path("ports")) {
            if (name.equals(port.path("name").asText())) {
                return true;
            }
        }
        return false;
    }
}
