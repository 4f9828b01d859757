package org.oxpip.referrals.referral;

/** Where a family's episode of care stands; the legal moves are in the workflow. */
public enum ReferralStatus {
    RECEIVED,
    ACCEPTED,
    DECLINED,
    REDIRECTED,
    WAITING,
    IN_THERAPY,
    CLOSED
}
