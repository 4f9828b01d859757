package org.oxpip.outcomes.feedback;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the parent agreed may be done with the comments on a satisfaction questionnaire. Absent means
 * {@link #NOT_SHARED}: nobody asked, so nothing is shared. Only {@link #QUOTE_ANONYMOUSLY} lets a comment leave
 * outcomes-service, and only as a quote a manager approved.
 */
public enum CommentsConsent {
    /** Stays with the family's record: clinicians see it on the questionnaire, nowhere else. */
    NOT_SHARED,
    /** Staff of the service may read it (the manager's feedback list), never outside the service. */
    SERVICE_ONLY,
    /** May be quoted anonymously in reports to funders, once a manager has approved (and de-identified) it. */
    QUOTE_ANONYMOUSLY;

    public static final String CODES = "NOT_SHARED, SERVICE_ONLY, QUOTE_ANONYMOUSLY";

    public static Optional<CommentsConsent> parse(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }
}
