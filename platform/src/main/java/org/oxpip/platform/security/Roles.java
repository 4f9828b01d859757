package org.oxpip.platform.security;

/** The realm roles of Keycloak realm oxpip (docs/design.md, security model), the same in every service. */
public final class Roles {
    public static final String REFERRER = "referrer";
    public static final String CLINICIAN = "clinician";
    public static final String MANAGER = "manager";
    public static final String FUNDER = "funder";
    public static final String ADMIN = "admin";
    public static final String REFERRAL_READER = "referral-reader";
    public static final String FEED_READER = "feed-reader";

    /** Most privileged first: the order in which {@link Caller#mainRole()} picks the role it records. */
    static final String[] BY_PRIVILEGE = {ADMIN, CLINICIAN, MANAGER, REFERRER, REFERRAL_READER, FEED_READER, FUNDER};

    private Roles() {}
}
