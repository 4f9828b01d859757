package org.oxpip.referrals.monitoring;

/**
 * Ethnic group: the 19 categories of the ONS 2021 Census for England and Wales (five high-level groups,
 * in the census's own order), plus the two answers every monitoring field has.
 * Source: ONS, "Ethnic group classification 2021" (census question, England and Wales).
 */
public enum EthnicGroup {
    // Asian, Asian British or Asian Welsh
    ASIAN_BANGLADESHI,
    ASIAN_CHINESE,
    ASIAN_INDIAN,
    ASIAN_PAKISTANI,
    ASIAN_OTHER,
    // Black, Black British, Black Welsh, Caribbean or African
    BLACK_AFRICAN,
    BLACK_CARIBBEAN,
    BLACK_OTHER,
    // Mixed or Multiple ethnic groups
    MIXED_WHITE_AND_ASIAN,
    MIXED_WHITE_AND_BLACK_AFRICAN,
    MIXED_WHITE_AND_BLACK_CARIBBEAN,
    MIXED_OTHER,
    // White
    WHITE_ENGLISH_WELSH_SCOTTISH_NI_BRITISH,
    WHITE_IRISH,
    WHITE_GYPSY_OR_IRISH_TRAVELLER,
    WHITE_ROMA,
    WHITE_OTHER,
    // Other ethnic group
    OTHER_ARAB,
    OTHER_ANY_OTHER,
    PREFER_NOT_TO_SAY,
    NOT_ASKED
}
