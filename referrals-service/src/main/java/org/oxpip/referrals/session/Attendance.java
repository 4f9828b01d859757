package org.oxpip.referrals.session;

/**
 * Whether the family came. As NHS statistics count it, only ATTENDED and DID_NOT_ATTEND (not attended
 * without notice) enter a did-not-attend rate; a cancellation by either side counts in neither.
 */
public enum Attendance {
    ATTENDED,
    DID_NOT_ATTEND,
    CANCELLED_BY_FAMILY,
    CANCELLED_BY_SERVICE
}
