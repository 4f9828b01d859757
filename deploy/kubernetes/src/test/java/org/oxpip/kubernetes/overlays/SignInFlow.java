package org.oxpip.kubernetes.overlays;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a realm's browser flow asks of a person signing in for the first time with a password (no session
 * yet, no identity provider), following Keycloak's rules: executions in priority order, DISABLED ones
 * skipped, a CONDITIONAL sub-flow run only when all of its conditions hold. "Condition - user role" holds
 * when the person has the role (negate inverts it); a role the realm does not define never holds, as in
 * Keycloak, which then logs an error and skips the sub-flow. An authenticator this class does not know
 * fails the test, so that a changed flow is looked at again.
 */
record SignInFlow(JsonNode realm) {

    /** How often the password form and the one-time-password form are shown. */
    record Prompts(int passwords, int oneTimePasswords) {}

    Prompts prompts(Set<String> roles) {
        int[] counts = new int[2];
        walk(flow(realm.path("browserFlow").asText()), roles, counts);
        return new Prompts(counts[0], counts[1]);
    }

    private void walk(JsonNode flow, Set<String> roles, int[] counts) {
        for (JsonNode execution : executions(flow)) {
            String requirement = execution.path("requirement").asText();
            if (requirement.equals("DISABLED")) {
                continue;
            }
            if (execution.path("authenticatorFlow").asBoolean()) {
                JsonNode subflow = flow(execution.path("flowAlias").asText());
                if (!requirement.equals("CONDITIONAL") || conditionsHold(subflow, roles)) {
                    walk(subflow, roles, counts);
                }
                continue;
            }
            switch (execution.path("authenticator").asText()) {
                case "auth-cookie", "identity-provider-redirector" -> {}
                case "auth-username-password-form" -> counts[0]++;
                case "auth-otp-form" -> counts[1]++;
                case "conditional-user-role" -> {}
                default ->
                    throw new AssertionError(
                            "the test does not know the authenticator " + execution.path("authenticator"));
            }
        }
    }

    private boolean conditionsHold(JsonNode subflow, Set<String> roles) {
        boolean hold = true;
        for (JsonNode execution : executions(subflow)) {
            String authenticator = execution.path("authenticator").asText();
            if (!authenticator.startsWith("conditional-")
                    || execution.path("requirement").asText().equals("DISABLED")) {
                continue;
            }
            if (!authenticator.equals("conditional-user-role")) {
                throw new AssertionError("the test does not know the condition " + authenticator);
            }
            JsonNode config = config(execution.path("authenticatorConfig").asText());
            String role = config.path("condUserRole").asText();
            boolean defined = false;
            for (JsonNode r : realm.path("roles").path("realm")) {
                defined |= r.path("name").asText().equals(role);
            }
            boolean negate = Boolean.parseBoolean(config.path("negate").asText());
            hold &= defined && (roles.contains(role) != negate);
        }
        return hold;
    }

    private JsonNode flow(String alias) {
        for (JsonNode flow : realm.path("authenticationFlows")) {
            if (flow.path("alias").asText().equals(alias)) {
                return flow;
            }
        }
        throw new AssertionError("no authentication flow '" + alias + "' in the realm");
    }

    private JsonNode config(String alias) {
        for (JsonNode config : realm.path("authenticatorConfig")) {
            if (config.path("alias").asText().equals(alias)) {
                return config.path("config");
            }
        }
        throw new AssertionError("no authenticator configuration '" + alias + "' in the realm");
    }

    private static List<JsonNode> executions(JsonNode flow) {
        List<JsonNode> executions = new ArrayList<>();
        flow.path("authenticationExecutions").forEach(executions::add);
        executions.sort((a, b) ->
                Integer.compare(a.path("priority").asInt(), b.path("priority").asInt()));
        return executions;
    }
}
