package org.oxpip.referrals.monitoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A parent's equality monitoring as staff see it: the codes, and the age band derived at intake. */
@Schema(name = "ParentMonitoring", description = "A parent's equality monitoring: category codes only")
public record MonitoringView(
        @Schema(example = "1") int position,

        @Schema(
                nullable = true,
                example = "AGE_30_34",
                description = "The parent's age band on the day the referral was received, derived at intake "
                        + "(read only)")
        AgeBand ageBandAtReferral,

        EthnicGroup ethnicGroup,
        RelationshipToBaby relationshipToBaby,
        Answer firstTimeParent,
        Answer disability,
        Answer needsInterpreter,
        @Schema(description = "The version, also the ETag") int version) {

    static MonitoringView of(ParentMonitoring m) {
        return new MonitoringView(
                m.position,
                m.ageBand,
                m.ethnicGroup,
                m.relationshipToBaby,
                m.firstTimeParent,
                m.disability,
                m.needsInterpreter,
                m.version);
    }
}
