package org.oxpip.stack;

import java.util.List;

/**
 * The throw-away credentials of deploy/keycloak/oxpip-realm.json, in one place for the launcher's summary,
 * the demo data and the system tests. DEMO ONLY: never used outside the local stack and tests.
 */
public final class DemoRealm {

    public static final String REALM = "oxpip";
    public static final String AUDIENCE = "oxpip-api";
    public static final String FRONTEND_CLIENT = "oxpip-frontend";
    public static final String KEYCLOAK_ADMIN_USER = "admin";
    public static final String KEYCLOAK_ADMIN_PASSWORD = "admin-DEMO-ONLY";

    /** A confidential client with a service account; {@code agencyId} is null for the services' own clients. */
    public record Client(String clientId, String secret, String role, String agencyId) {}

    /** A person who logs in through {@link #FRONTEND_CLIENT}. */
    public record User(String username, String password, String role) {}

    public static final Client PARTNER_AGENCY_A = client("partner-agency-a", "referrer", "agency-a");
    public static final Client PARTNER_AGENCY_B = client("partner-agency-b", "referrer", "agency-b");
    public static final Client OUTCOMES_SERVICE = client("outcomes-service", "referral-reader", null);
    public static final Client REPORTING_SERVICE = client("reporting-service", "feed-reader", null);

    public static final User CLINICIAN = user("clinician");
    public static final User MANAGER = user("manager");
    public static final User FUNDER = user("funder");
    public static final User ADMIN = user("admin");

    public static final List<Client> CLIENTS =
            List.of(PARTNER_AGENCY_A, PARTNER_AGENCY_B, OUTCOMES_SERVICE, REPORTING_SERVICE);
    public static final List<User> USERS = List.of(CLINICIAN, MANAGER, FUNDER, ADMIN);

    private DemoRealm() {}

    private static Client client(String id, String role, String agency) {
        return new Client(id, id + "-DEMO-ONLY-secret", role, agency);
    }

    private static User user(String name) {
        return new User(name, name + "-demo", name);
    }
}
