package org.oxpip.kubernetes.validate;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The connections of the system (docs/design.md), tried against the NetworkPolicies of a build:
 * the ones it needs must be open, and the change feeds and the databases must be closed to everyone else.
 */
final class FlowPolicies {

    /** The services and their HTTP ports. */
    static final Map<String, Integer> SERVICES =
            Map.of("referrals-service", 8081, "outcomes-service", 8082, "reporting-service", 8083);

    /** Who may reach the pods that serve a change feed (the feed's role closes it to outcomes-service). */
    static final Map<String, Set<String>> FEED_CALLERS = Map.of(
            "referrals-service", Set.of("reporting-service", "outcomes-service", "ingress-controller"),
            "outcomes-service", Set.of("reporting-service", "ingress-controller"));

    /** Calls between services. */
    static final Map<String, List<String>> CALLS = Map.of(
            "outcomes-service", List.of("referrals-service"),
            "reporting-service", List.of("referrals-service", "outcomes-service"));

    static final String DATABASE_LABEL = "oxpip.org/database";

    private FlowPolicies() {}

    static void check(Pods pods, NetworkReach reach, List<Finding> findings) {
        Pods.Pod ingress = pods.named("ingress-controller");
        for (var service : SERVICES.entrySet()) {
            Pods.Pod pod = pods.named(service.getKey());
            if (pod == null) {
                continue;
            }
            require(reach, ingress, pod, service.getValue(), findings);
            for (String callee : CALLS.getOrDefault(service.getKey(), List.of())) {
                if (pods.named(callee) != null) {
                    require(reach, pod, pods.named(callee), SERVICES.get(callee), findings);
                }
            }
            String database = service.getKey().replace("-service", "");
            pods.all().stream()
                    .filter(p -> database.equals(p.labels().get(DATABASE_LABEL)))
                    .forEach(db -> require(reach, pod, db, 5432, findings));
            pods.all().stream()
                    .filter(p -> "keycloak".equals(p.labels().get("app")))
                    .forEach(keycloak -> require(reach, pod, keycloak, 8080, findings));
        }
        feeds(pods, reach, findings);
        databases(pods, reach, findings);
    }

    private static void feeds(Pods pods, NetworkReach reach, List<Finding> findings) {
        for (var feed : FEED_CALLERS.entrySet()) {
            Pods.Pod owner = pods.named(feed.getKey());
            if (owner == null) {
                continue;
            }
            for (Pods.Pod caller : pods.all()) {
                boolean allowed = feed.getValue().contains(caller.name());
                if (caller != owner && !allowed && reach.canReach(caller, owner, SERVICES.get(feed.getKey()))) {
                    findings.add(new Finding(
                            Rule.FEED_EXPOSED,
                            "NetworkPolicy",
                            caller.name() + " (namespace " + caller.namespace() + ") can reach the change feed of "
                                    + owner.name()));
                }
            }
        }
    }

    private static void databases(Pods pods, NetworkReach reach, List<Finding> findings) {
        for (Pods.Pod db : pods.all()) {
            String database = db.labels().get(DATABASE_LABEL);
            if (database == null) {
                continue;
            }
            for (Pods.Pod client : pods.all()) {
                boolean sameNamespace = client.namespace().equals(db.namespace());
                boolean allowed = sameNamespace
                        && (client.name().equals(database + "-service")
                                || database.equals(client.labels().get(DATABASE_LABEL))
                                || (database.equals("keycloak")
                                        && "keycloak-operator"
                                                .equals(client.labels().get("app.kubernetes.io/managed-by"))));
                if (!allowed && reach.canReach(client, db, 5432)) {
                    findings.add(new Finding(
                            Rule.DATABASE_EXPOSED,
                            "NetworkPolicy",
                            client.name() + " (namespace " + client.namespace() + ") can reach the database "
                                    + database));
                }
            }
        }
    }

    private static void require(NetworkReach reach, Pods.Pod from, Pods.Pod to, int port, List<Finding> findings) {
        if (!reach.canReach(from, to, port)) {
            findings.add(new Finding(
                    Rule.FLOW_BLOCKED,
                    "NetworkPolicy",
                    from.name() + " cannot reach " + to.name() + " on port " + port));
        }
    }
}
