package org.oxpip.outcomes.feedback;

/** Where a quote stands. Only an APPROVED quote is in reports. */
public enum QuoteStatus {
    APPROVED,
    /** By a manager, or because the parent's consent was corrected away or the questionnaire deleted. */
    WITHDRAWN,
    /** The family's personal data was erased: the quote's text is gone. */
    ERASED
}
