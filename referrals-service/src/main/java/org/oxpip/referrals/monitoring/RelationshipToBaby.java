package org.oxpip.referrals.monitoring;

/** The parent's relationship to the baby. */
public enum RelationshipToBaby {
    BIRTH_MOTHER,
    FATHER,
    PARTNER,
    OTHER_CARER,
    PREFER_NOT_TO_SAY,
    NOT_ASKED
}
