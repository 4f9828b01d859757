package org.oxpip.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.oxpip.outcomes.assessment.Assessment;
import org.oxpip.outcomes.instrument.Instrument;
import org.oxpip.outcomes.outcome.CombinedOutcome;
import org.oxpip.outcomes.outcome.FamilyOutcomes;
import org.oxpip.outcomes.outcome.PairedOutcome;
import org.oxpip.reporting.report.OutcomeFigures;
import org.oxpip.reporting.report.ParentOutcomes;
import org.oxpip.reporting.report.PirgasOutcomes;

/**
 * outcomes-service's side: a family's outcomes worked out by {@link FamilyOutcomes#of}, the code behind
 * {@code GET /api/v1/referrals/{id}/outcomes}, then counted the way a report counts a family (docs/design.md,
 * reports): the family once for its PIRGAS, each parent with a paired PHQ-9 and/or GAD-7 once, each parent
 * with a paired EPDS once, a flag counting when it is true. Satisfaction is left out: it has no Java
 * definition to agree with.
 */
final class JavaOutcomes {

    private JavaOutcomes() {}

    /** The family's assessments as outcomes-service has them, deleted ones too, in an order of their own. */
    static FamilyOutcomes of(Family family, List<Instrument> catalogue, Random shuffle) {
        List<Assessment> assessments = new ArrayList<>(family.assessments());
        Collections.shuffle(assessments, shuffle);
        return FamilyOutcomes.of(family.referralId(), assessments, catalogue);
    }

    /** What one report must count for this family; nothing for an episode not closed. */
    static OutcomeFigures counted(Family family, FamilyOutcomes outcomes) {
        if (!family.closed()) {
            return none();
        }
        PairedOutcome pirgas = outcomes.familyPirgas();
        PirgasOutcomes family1 = pirgas == null
                ? new PirgasOutcomes(0, 0, 0, 0)
                : new PirgasOutcomes(
                        1,
                        one(pirgas.improved()),
                        one(pirgas.meaningfulImprovement()),
                        one(pirgas.reliableDeterioration()));
        Counts mentalHealth = new Counts();
        for (CombinedOutcome parent : outcomes.parentMentalHealth()) {
            if (parent.paired()) {
                mentalHealth.add(
                        parent.improved(),
                        parent.reliableImprovement(),
                        parent.reliableDeterioration(),
                        parent.casenessAtBaseline(),
                        parent.casenessAtFinal(),
                        parent.recovered(),
                        parent.reliableRecovery());
            }
        }
        Counts epds = new Counts();
        for (PairedOutcome measure : outcomes.measures()) {
            if (measure.instrument().equals("EPDS") && measure.paired()) {
                epds.add(
                        measure.improved(),
                        measure.reliableImprovement(),
                        measure.reliableDeterioration(),
                        measure.casenessAtBaseline(),
                        measure.casenessAtFinal(),
                        measure.recovered(),
                        measure.reliableRecovery());
            }
        }
        return new OutcomeFigures(family1, mentalHealth.outcomes(), epds.outcomes(), 0, 0);
    }

    static OutcomeFigures none() {
        return new OutcomeFigures(
                new PirgasOutcomes(0, 0, 0, 0), new Counts().outcomes(), new Counts().outcomes(), 0, 0);
    }

    /** The same figures without satisfaction, which only the SQL counts. */
    static OutcomeFigures withoutSatisfaction(OutcomeFigures figures) {
        return new OutcomeFigures(figures.pirgas(), figures.mentalHealth(), figures.epds(), 0, 0);
    }

    static OutcomeFigures sum(List<OutcomeFigures> all) {
        long[] p = new long[4];
        Counts mentalHealth = new Counts();
        Counts epds = new Counts();
        for (OutcomeFigures f : all) {
            p[0] += f.pirgas().families();
            p[1] += f.pirgas().improved();
            p[2] += f.pirgas().meaningfullyImproved();
            p[3] += f.pirgas().reliablyDeteriorated();
            mentalHealth.add(f.mentalHealth());
            epds.add(f.epds());
        }
        return new OutcomeFigures(
                new PirgasOutcomes(p[0], p[1], p[2], p[3]), mentalHealth.outcomes(), epds.outcomes(), 0, 0);
    }

    private static long one(Boolean flag) {
        return Boolean.TRUE.equals(flag) ? 1 : 0;
    }

    /** Counts of parents and of each flag among them. */
    private static final class Counts {
        private final long[] c = new long[8];

        void add(
                Boolean improved,
                Boolean reliablyImproved,
                Boolean reliablyDeteriorated,
                Boolean casenessAtBaseline,
                Boolean casenessAtFinal,
                Boolean recovered,
                Boolean reliablyRecovered) {
            c[0]++;
            c[1] += one(improved);
            c[2] += one(reliablyImproved);
            c[3] += one(reliablyDeteriorated);
            c[4] += one(casenessAtBaseline);
            c[5] += one(recovered);
            c[6] += one(reliablyRecovered);
            c[7] += one(casenessAtFinal);
        }

        void add(ParentOutcomes o) {
            c[0] += o.parents();
            c[1] += o.improved();
            c[2] += o.reliablyImproved();
            c[3] += o.reliablyDeteriorated();
            c[4] += o.atCasenessAtBaseline();
            c[5] += o.recovered();
            c[6] += o.reliablyRecovered();
            c[7] += o.atCasenessAtFinal();
        }

        ParentOutcomes outcomes() {
            return new ParentOutcomes(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
        }
    }
}
