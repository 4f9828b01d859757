package org.oxpip.outcomes.alert;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oxpip.platform.problem.ProblemException;

/** A clinician's acknowledgement of a risk alert: what was done about it. */
@Schema(name = "RiskAlertAcknowledgement")
public record Acknowledgement(
        @Schema(
                required = true,
                maxLength = Acknowledgement.MAX_NOTE,
                example = "Called the parent; safety plan agreed with the GP")
        String note) {

    static final int MAX_NOTE = 2000;

    /** The note, or 400 naming it: an acknowledgement without one would record that nothing was done. */
    static String checkedNote(Acknowledgement acknowledgement) {
        String note = acknowledgement == null ? null : acknowledgement.note();
        if (note == null || note.isBlank()) {
            throw ProblemException.invalid("note", "is required");
        }
        if (note.length() > MAX_NOTE) {
            throw ProblemException.invalid("note", "must be at most " + MAX_NOTE + " characters");
        }
        return note;
    }
}
