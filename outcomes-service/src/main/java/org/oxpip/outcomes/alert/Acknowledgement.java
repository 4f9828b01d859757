package org.oxpip.outcomes.alert;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A clinician's acknowledgement of a risk alert: what was done about it. */
@Schema(name = "RiskAlertAcknowledgement")
public record Acknowledgement(
        @Schema(required = true, maxLength = Acknowledgement.MAX_NOTE,
                example = "Called the parent; safety plan agreed with the GP") String note) {

    static final int MAX_NOTE = 2000;
}
