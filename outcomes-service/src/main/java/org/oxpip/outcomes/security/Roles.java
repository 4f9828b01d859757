package org.oxpip.outcomes.security;

/** Realm roles from Keycloak realm oxpip (docs/design.md, security model). */
public final class Roles {
    public static final String REFERRER = "referrer";
    public static final String CLINICIAN = "clinician";
    public static final String MANAGER = "manager";
    public static final String FUNDER = "funder";
    public static final String ADMIN = "admin";
    public static final String REFERRAL_READER = "referral-reader";
    public static final String FEED_READER = "feed-reader";

    private Roles() {}
}
