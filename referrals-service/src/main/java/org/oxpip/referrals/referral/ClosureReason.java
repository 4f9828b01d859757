package org.oxpip.referrals.referral;

/** Why an episode was closed. */
public enum ClosureReason {
    COMPLETED,
    DID_NOT_ENGAGE,
    MOVED_AWAY,
    REFERRED_ON,
    OTHER
}
