package org.oxpip.kubernetes.validate;

import com.fasterxml.jackson.databind.JsonNode;
import org.oxpip.kubernetes.manifest.Resources;

import java.util.List;
import java.util.Set;

/**
 * An Ingress must use TLS for every host, route only to Services of the build, and never route a path that
 * reaches a change feed (/api/v1/feed/...): neither the feed path nor one of its prefixes ("/", "/api", ...).
 */
final class IngressPolicies {

    static final String FEED_PATH = "/api/v1/feed";

    private IngressPolicies() {
    }

    static void check(JsonNode ingress, List<? extends JsonNode> resources, Set<String> services, List<Finding> findings) {
        String id = Resources.id(ingress);
        for (JsonNode rule : ingress.path("spec").path("rules")) {
            String host = rule.path("host").asText("");
            if (!hasTls(ingress, host)) {
                findings.add(new Finding(Rule.DANGLING_REFERENCE, id, "host '" + host + "' has no TLS entry"));
            }
            for (JsonNode path : rule.path("http").path("paths")) {
                String value = path.path("path").asText("/");
                if (reachesFeed(value, path.path("pathType").asText(""))) {
                    findings.add(new Finding(Rule.FEED_EXPOSED, id, "path " + value + " on " + host + " routes the change feeds"));
                }
                String service = path.path("backend").path("service").path("name").asText("");
                if (!services.contains(service)) {
                    findings.add(new Finding(Rule.DANGLING_REFERENCE, id, "backend Service " + service + " is not in the build"));
                }
                String portName = path.path("backend").path("service").path("port").path("name").asText(null);
                if (portName != null && resources.stream().filter(r -> Resources.kind(r).equals("Service") && Resources.name(r).equals(service))
                        .noneMatch(s -> hasPort(s, portName))) {
                    findings.add(new Finding(Rule.DANGLING_REFERENCE, id, "Service " + service + " has no port named " + portName));
                }
            }
        }
    }

    /** Prefix matching is by whole path elements: /api/v1/f does not match /api/v1/feed, /api/v1 does. */
    static boolean reachesFeed(String path, String pathType) {
        String normalized = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        if (normalized.equals(FEED_PATH) || normalized.startsWith(FEED_PATH + "/")) {
            return true;
        }
        boolean prefix = !pathType.equals("Exact");
        return prefix && (normalized.equals("/") || (FEED_PATH + "/").startsWith(normalized + "/"));
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
