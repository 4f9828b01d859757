package org.oxpip.referrals.session;

/** Where a session took place, or how. */
public enum Setting {
    HOME,
    CLINIC,
    VIDEO,
    PHONE
}
