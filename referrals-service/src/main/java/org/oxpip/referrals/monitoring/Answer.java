package org.oxpip.referrals.monitoring;

/** A yes-or-no monitoring question, which a parent may decline or may not have been asked. */
public enum Answer {
    YES,
    NO,
    PREFER_NOT_TO_SAY,
    NOT_ASKED
}
