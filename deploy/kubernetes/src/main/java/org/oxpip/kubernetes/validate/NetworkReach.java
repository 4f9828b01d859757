package org.oxpip.kubernetes.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.oxpip.kubernetes.manifest.Resources;

/**
 * Decides, as a NetworkPolicy-enforcing network plugin would, whether one pod may open a TCP connection to
 * another on a port: the source's egress must allow it (if any policy isolates the source for egress) and
 * the destination's ingress must allow it (likewise). Ports are compared by number; an ipBlock peer is taken
 * to match every pod, the cautious reading when we ask what may reach a feed or a database.
 */
final class NetworkReach {

    private final List<JsonNode> policies = new ArrayList<>();

    NetworkReach(List<? extends JsonNode> resources) {
        for (JsonNode resource : resources) {
            if (Resources.kind(resource).equals("NetworkPolicy")) {
                policies.add(resource);
            }
        }
    }

    boolean canReach(Pods.Pod from, Pods.Pod to, int port) {
        return allowed(from, to, port, "Egress", "egress", "to")
                && allowed(to, from, port, "Ingress", "ingress", "from");
    }

    /** Whether the policies selecting {@code subject} for this direction let {@code peer} through on the port. */
    private boolean allowed(
            Pods.Pod subject, Pods.Pod peer, int port, String type, String rulesField, String peersField) {
        boolean isolated = false;
        for (JsonNode policy : policies) {
            if (!selects(policy, subject, type)) {
                continue;
            }
            isolated = true;
            for (JsonNode rule : policy.path("spec").path(rulesField)) {
                if (portMatches(rule, port) && peerMatches(rule, peersField, peer, namespaceOf(policy))) {
                    return true;
                }
            }
        }
        return !isolated;
    }

    private static boolean selects(JsonNode policy, Pods.Pod pod, String type) {
        if (!namespaceOf(policy).equals(pod.namespace())) {
            return false;
        }
        JsonNode types = policy.path("spec").path("policyTypes");
        boolean hasType = false;
        for (JsonNode t : types) {
            hasType |= t.asText().equals(type);
        }
        // Without policyTypes a policy is about Ingress, and about Egress only if it has egress rules.
        if (types.isEmpty()) {
            hasType = type.equals("Ingress") || policy.path("spec").has("egress");
        }
        return hasType && Selectors.matches(policy.path("spec").path("podSelector"), pod.labels());
    }

    private static boolean portMatches(JsonNode rule, int port) {
        JsonNode ports = rule.path("ports");
        if (ports.isEmpty()) {
            return true;
        }
        for (JsonNode p : ports) {
            if (!p.has("port")
                    || (p.get("port").isInt()
                            && p.get("port").asInt() <= port
                            && port <= p.path("endPort").asInt(p.get("port").asInt()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean peerMatches(JsonNode rule, String peersField, Pods.Pod peer, String policyNamespace) {
        if (!rule.has(peersField)) {
            return true;
        }
        for (JsonNode p : rule.get(peersField)) {
            if (p.has("ipBlock")) {
                return true;
            }
            boolean namespaceOk = p.has("namespaceSelector")
                    ? Selectors.matches(p.get("namespaceSelector"), peer.namespaceLabels())
                    : peer.namespace().equals(policyNamespace);
            boolean podOk = !p.has("podSelector") || Selectors.matches(p.get("podSelector"), peer.labels());
            if (namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }

    private static String namespaceOf(JsonNode policy) {
        String ns = Resources.namespace(policy);
        return ns.isEmpty() ? "default" : ns;
    }
}
