package org.oxpip.referrals.referral;

/** The fixed list of presenting concerns a referral may name (docs/design.md, referrals-service). */
public enum Concern {
    LOW_MOOD,
    ANXIETY,
    TRAUMA,
    BONDING_DIFFICULTY,
    BIRTH_TRAUMA,
    RELATIONSHIP_DIFFICULTY,
    OTHER
}
