package org.oxpip.referrals.session;

/** What a session was for (issue 17). */
public enum SessionKind {
    ASSESSMENT,
    PARENT_INFANT,
    PARENT_ONLY,
    REVIEW,
    FOLLOW_UP
}
