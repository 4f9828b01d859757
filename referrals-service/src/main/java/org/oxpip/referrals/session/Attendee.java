package org.oxpip.referrals.session;

/** Who of the family was in the session: the parents by their position on the referral, and the baby. */
public enum Attendee {
    PARENT_1,
    PARENT_2,
    BABY
}
