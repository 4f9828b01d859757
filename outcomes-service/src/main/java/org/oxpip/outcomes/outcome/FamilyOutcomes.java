package org.oxpip.outcomes.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oxpip.outcomes.assessment.Assessment;
import org.oxpip.outcomes.assessment.Respondent;
import org.oxpip.outcomes.instrument.Instrument;

/** A family's outcomes: each series, each parent's combined PHQ-9 and/or GAD-7 result, and the family's PIRGAS. */
@Schema(name = "FamilyOutcomes")
public record FamilyOutcomes(
        @Schema(example = "3f6c1a52-8d0e-4b7a-9a51-2f1f0b6f8c11")
        UUID referralId,

        @Schema(description = "One per instrument and respondent with scores, in catalogue order (SATISFACTION apart)")
        List<PairedOutcome> measures,

        @Schema(description = "One per parent with PHQ-9 or GAD-7 scores")
        List<CombinedOutcome> parentMentalHealth,

        @Schema(
                nullable = true,
                description = "The PARENT_1 dyad's PIRGAS outcome, or PARENT_2's where only that one "
                        + "has paired scores; null when neither has")
        PairedOutcome familyPirgas,

        @Schema(description = "Friends and Family Test answers, which have no total to pair")
        List<SatisfactionPoint> satisfaction) {

    static final Set<String> MENTAL_HEALTH = Set.of("PHQ9", "GAD7");

    /**
     * Works the outcomes out from the family's assessments in any order; deleted ones (entered in error) count
     * nowhere, here as in every figure, whether or not the caller has left them out already.
     */
    public static FamilyOutcomes of(UUID referralId, List<Assessment> assessments, List<Instrument> catalogue) {
        List<PairedOutcome> measures = new ArrayList<>();
        List<SatisfactionPoint> satisfaction = new ArrayList<>();
        for (Instrument instrument : catalogue) {
            List<Assessment> own = assessments.stream()
                    .filter(a -> !a.deleted && a.instrument.equals(instrument.code()))
                    .toList();
            if (instrument.direction() == null) {
                own.forEach(a -> satisfaction.add(new SatisfactionPoint(a.id, a.respondent, a.completedOn, a.band)));
                continue;
            }
            for (Respondent respondent : Respondent.values()) {
                List<ScorePoint> scores = own.stream()
                        .filter(a -> a.respondent == respondent)
                        .map(a -> new ScorePoint(a.id, a.completedOn, a.timepoint, a.total, a.band, a.createdAt))
                        .toList();
                if (!scores.isEmpty()) {
                    measures.add(PairedOutcome.of(instrument, respondent, scores));
                }
            }
        }
        PairedOutcome pirgas = FamilyPirgas.choose(
                        find(measures, "PIRGAS", Respondent.PARENT_1), find(measures, "PIRGAS", Respondent.PARENT_2))
                .orElse(null);
        return new FamilyOutcomes(referralId, measures, mentalHealth(measures), pirgas, satisfaction);
    }

    private static List<CombinedOutcome> mentalHealth(List<PairedOutcome> measures) {
        List<CombinedOutcome> parents = new ArrayList<>();
        for (Respondent parent : Respondent.values()) {
            List<PairedOutcome> own = measures.stream()
                    .filter(m -> m.respondent() == parent && MENTAL_HEALTH.contains(m.instrument()))
                    .toList();
            if (!own.isEmpty()) {
                parents.add(CombinedOutcome.of(parent, own));
            }
        }
        return parents;
    }

    private static PairedOutcome find(List<PairedOutcome> measures, String instrument, Respondent respondent) {
        return measures.stream()
                .filter(m -> m.instrument().equals(instrument) && m.respondent() == respondent)
                .findFirst()
                .orElse(null);
    }
}
