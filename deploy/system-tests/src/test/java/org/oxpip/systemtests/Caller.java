package org.oxpip.systemtests;

import org.oxpip.stack.DemoRealm;

/** Everybody who calls the services in the demo realm, each with a real token from Keycloak and one role. */
enum Caller {
    PARTNER_AGENCY_A("referrer"),
    PARTNER_AGENCY_B("referrer"),
    CLINICIAN("clinician"),
    MANAGER("manager"),
    FUNDER("funder"),
    ADMIN("admin"),
    OUTCOMES_SERVICE("referral-reader"),
    REPORTING_SERVICE("feed-reader");

    private final String role;

    Caller(String role) {
        this.role = role;
    }

    String role() {
        return role;
    }

    String token() {
        return switch (this) {
            case PARTNER_AGENCY_A -> Tokens.partnerA();
            case PARTNER_AGENCY_B -> Tokens.partnerB();
            case CLINICIAN -> Tokens.user(DemoRealm.CLINICIAN);
            case MANAGER -> Tokens.user(DemoRealm.MANAGER);
            case FUNDER -> Tokens.user(DemoRealm.FUNDER);
            case ADMIN -> Tokens.user(DemoRealm.ADMIN);
            case OUTCOMES_SERVICE -> Tokens.client(DemoRealm.OUTCOMES_SERVICE);
            case REPORTING_SERVICE -> Tokens.client(DemoRealm.REPORTING_SERVICE);
        };
    }

    /** One caller per role (agency B is agency A's twin), for the role matrix. */
    static Caller[] oneOfEachRole() {
        return new Caller[] {PARTNER_AGENCY_A, CLINICIAN, MANAGER, FUNDER, ADMIN, OUTCOMES_SERVICE, REPORTING_SERVICE};
    }
}
