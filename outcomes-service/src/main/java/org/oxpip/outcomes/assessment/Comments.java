package org.oxpip.outcomes.assessment;

import java.time.LocalDate;
import org.oxpip.outcomes.feedback.CommentsConsent;

/**
 * A questionnaire's free text with the parent's consent for it, and the referral's funding stream it is
 * filed under. Instruments that take no comments have none of the first three.
 */
record Comments(boolean taken, String text, CommentsConsent consent, LocalDate consentOn, String fundingStream) {

    /** As the request gave them; an instrument that takes comments defaults the consent to NOT_SHARED. */
    static Comments of(boolean taken, String text, String consent, LocalDate consentOn, String fundingStream) {
        if (!taken) {
            return new Comments(false, null, null, null, fundingStream);
        }
        CommentsConsent parsed = consent == null
                ? CommentsConsent.NOT_SHARED
                : CommentsConsent.parse(consent).orElseThrow();
        return new Comments(true, text, parsed, consentOn, fundingStream);
    }
}
