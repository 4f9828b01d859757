package org.oxpip.referrals.referral;

/** Who referred the family: the referrer's professional role, or the parent themselves. */
public enum SourceType {
    HEALTH_VISITOR,
    MIDWIFE,
    GP,
    PERINATAL_MENTAL_HEALTH,
    SOCIAL_CARE,
    OTHER,
    SELF
}
