package org.oxpip.outcomes.outcome;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.outcomes.assessment.Respondent;
import org.oxpip.outcomes.instrument.Instrument;
import org.oxpip.outcomes.instrument.InstrumentCatalogueFixture;

/**
 * Every rule of a paired outcome (docs/design.md, outcomes-service): baseline = first score; final =
 * last score that is not FOLLOW_UP; paired needs two scores on different dates; improved, reliable
 * improvement / deterioration (a change of at least the threshold), caseness, recovery and
 * reliable recovery. Thresholds: PHQ-9 caseness >= 10, reliable change 6 and GAD-7 >= 8, 4 (NHS
 * Talking Therapies); EPDS >= 13 (Cox 1987), 4; PIRGAS <= 40 (DC:0-3R "disordered"), 10, higher is better.
 */
class PairedOutcomeTest {

    @ParameterizedTest(name = "{14}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                // instrument | scores | paired | baseline | final | change | improved | reliable imp. | reliable det. |
                // case at baseline | case at final | recovered | reliable recovery | meaningful | why
                "PHQ9 | 2024-02-01 BASELINE 16 | false | 16 | 16 | - | - | - | - | - | - | - | - | - | one score only: not paired",
                "PHQ9 | 2024-02-01 BASELINE 16; 2024-02-01 REVIEW 9 | false | 16 | 9 | - | - | - | - | - | - | - | - | - | two scores on the same date: not paired",
                "PHQ9 | 2024-02-01 BASELINE 16; 2024-08-01 FOLLOW_UP 5 | false | 16 | 16 | - | - | - | - | - | - | - | - | - | only a FOLLOW_UP after baseline: final is the baseline itself, not paired",
                "PHQ9 | 2024-02-01 BASELINE 16; 2024-05-01 END 12; 2024-08-01 FOLLOW_UP 5 | true | 16 | 12 | -4 | true | false | false | true | true | false | false | - | FOLLOW_UP is never the final score",
                "PHQ9 | 2024-02-01 BASELINE 16; 2024-03-15 REVIEW 11 | true | 16 | 11 | -5 | true | false | false | true | true | false | false | - | a REVIEW is the final score when there is no END",
                "PHQ9 | 2024-05-01 END 9; 2024-02-01 BASELINE 16 | true | 16 | 9 | -7 | true | true | false | true | false | true | true | - | recorded out of order: baseline is the first by date",
                "PHQ9 | 2024-02-01 REVIEW 12; 2024-02-01 BASELINE 16; 2024-05-01 END 9 | true | 16 | 9 | -7 | true | true | false | true | false | true | true | - | same-day scores in episode order: BASELINE before REVIEW",
                "PHQ9 | 2024-02-01 BASELINE 12 @2; 2024-02-01 BASELINE 16 @1; 2024-05-01 END 9 | true | 16 | 9 | -7 | true | true | false | true | false | true | true | - | two BASELINEs on one day: the one recorded first is the baseline, whatever order they come in",
                "PHQ9 | 2024-02-01 BASELINE 16; 2024-05-01 END 12 @5; 2024-05-01 END 9 @3 | true | 16 | 12 | -4 | true | false | false | true | true | false | false | - | two ENDs on one day: the one recorded last is the final",
                "PHQ9 | 2024-02-01 BASELINE 16 @1; 2024-02-01 BASELINE 11 @1; 2024-05-01 END 9 | true | 11 | 9 | -2 | true | false | false | true | false | true | false | - | two BASELINEs recorded in the same instant: the lower total first, as reporting-service's SQL orders them",
                "PHQ9 | 2024-02-01 BASELINE 16; 2024-05-01 END 12 @4; 2024-05-01 END 9 @4 | true | 16 | 12 | -4 | true | false | false | true | true | false | false | - | two ENDs recorded in the same instant: the higher total is the last, as the SQL's max() takes it",
                "PHQ9 | 2024-02-01 BASELINE 16; 2024-05-01 END 10 | true | 16 | 10 | -6 | true | true | false | true | true | false | false | - | PHQ-9 change exactly 6 is reliable; 10 is still caseness",
                "PHQ9 | 2024-02-01 BASELINE 15; 2024-05-01 END 10 | true | 15 | 10 | -5 | true | false | false | true | true | false | false | - | PHQ-9 change 5 is not reliable",
                "PHQ9 | 2024-02-01 BASELINE 10; 2024-05-01 END 9 | true | 10 | 9 | -1 | true | false | false | true | false | true | false | - | PHQ-9 caseness boundary: 10 is a case, 9 is not: recovered, not reliably",
                "PHQ9 | 2024-02-01 BASELINE 16; 2024-05-01 END 9 | true | 16 | 9 | -7 | true | true | false | true | false | true | true | - | PHQ-9 reliable recovery",
                "PHQ9 | 2024-02-01 BASELINE 9; 2024-05-01 END 3 | true | 9 | 3 | -6 | true | true | false | false | false | - | - | - | not a case at baseline: recovery does not apply",
                "PHQ9 | 2024-02-01 BASELINE 8; 2024-05-01 END 14 | true | 8 | 14 | 6 | false | false | true | false | true | - | - | - | PHQ-9 rise of exactly 6 is reliable deterioration",
                "PHQ9 | 2024-02-01 BASELINE 10; 2024-05-01 END 15 | true | 10 | 15 | 5 | false | false | false | true | true | false | false | - | PHQ-9 rise of 5 is not reliable deterioration",
                "PHQ9 | 2024-02-01 BASELINE 12; 2024-05-01 END 12 | true | 12 | 12 | 0 | false | false | false | true | true | false | false | - | no change is not improvement",
                "GAD7 | 2024-02-01 BASELINE 8; 2024-05-01 END 7 | true | 8 | 7 | -1 | true | false | false | true | false | true | false | - | GAD-7 caseness boundary: 8 is a case, 7 is not",
                "GAD7 | 2024-02-01 BASELINE 12; 2024-05-01 END 8 | true | 12 | 8 | -4 | true | true | false | true | true | false | false | - | GAD-7 change exactly 4 is reliable; 8 is still caseness",
                "GAD7 | 2024-02-01 BASELINE 12; 2024-05-01 END 9 | true | 12 | 9 | -3 | true | false | false | true | true | false | false | - | GAD-7 change 3 is not reliable",
                "GAD7 | 2024-02-01 BASELINE 3; 2024-05-01 END 7 | true | 3 | 7 | 4 | false | false | true | false | false | - | - | - | GAD-7 rise of exactly 4 is reliable deterioration",
                "EPDS | 2024-02-01 BASELINE 13; 2024-05-01 END 9 | true | 13 | 9 | -4 | true | true | false | true | false | true | true | - | EPDS caseness 13, reliable change 4: reliable recovery",
                "EPDS | 2024-02-01 BASELINE 12; 2024-05-01 END 9 | true | 12 | 9 | -3 | true | false | false | false | false | - | - | - | EPDS 12 is not a case",
                "PIRGAS | 2024-02-01 BASELINE 35; 2024-05-01 END 45 | true | 35 | 45 | 10 | true | true | false | true | false | true | true | true | PIRGAS: higher is better; +10 is reliable and meaningful; 40 and below is a case",
                "PIRGAS | 2024-02-01 BASELINE 40; 2024-05-01 END 49 | true | 40 | 49 | 9 | true | false | false | true | false | true | false | false | PIRGAS +9: improved, not meaningful; 40 is a case, 49 is not",
                "PIRGAS | 2024-02-01 BASELINE 41; 2024-05-01 END 31 | true | 41 | 31 | -10 | false | false | true | false | true | - | - | false | PIRGAS falling 10 points is reliable deterioration (direction reversed)",
                "PIRGAS | 2024-02-01 BASELINE 60; 2024-05-01 END 55 | true | 60 | 55 | -5 | false | false | false | false | false | - | - | false | PIRGAS falling is not improvement",
            })
    void shouldFollowTheDesign(
            String code,
            String scores,
            boolean paired,
            Integer baseline,
            Integer last,
            Integer change,
            Boolean improved,
            Boolean reliableImprovement,
            Boolean reliableDeterioration,
            Boolean casenessAtBaseline,
            Boolean casenessAtFinal,
            Boolean recovered,
            Boolean reliableRecovery,
            Boolean meaningful,
            String why) {
        PairedOutcome outcome =
                PairedOutcome.of(InstrumentCatalogueFixture.find(code), Respondent.PARENT_1, Series.parse(scores));
        assertAll(
                why,
                () -> assertEquals(paired, outcome.paired(), "paired"),
                () -> assertEquals(baseline, outcome.baseline().total(), "baseline"),
                () -> assertEquals(last, outcome.finalScore().total(), "final"),
                () -> assertEquals(change, outcome.change(), "change"),
                () -> assertEquals(improved, outcome.improved(), "improved"),
                () -> assertEquals(reliableImprovement, outcome.reliableImprovement(), "reliable improvement"),
                () -> assertEquals(reliableDeterioration, outcome.reliableDeterioration(), "reliable deterioration"),
                () -> assertEquals(casenessAtBaseline, outcome.casenessAtBaseline(), "caseness at baseline"),
                () -> assertEquals(casenessAtFinal, outcome.casenessAtFinal(), "caseness at final"),
                () -> assertEquals(recovered, outcome.recovered(), "recovered"),
                () -> assertEquals(reliableRecovery, outcome.reliableRecovery(), "reliable recovery"),
                () -> assertEquals(meaningful, outcome.meaningfulImprovement(), "meaningful improvement"));
    }

    @Test
    void shouldPutScoresInOneOrderWhateverOrderTheyCameIn() {
        // Identical but for their ids (the same day, time point, instant and total): the id makes the order total.
        List<ScorePoint> scores =
                Series.parse("2024-02-01 BASELINE 16 @1; 2024-02-01 BASELINE 16 @1; 2024-05-01 END 9");
        List<ScorePoint> reversed = new ArrayList<>(scores);
        Collections.reverse(reversed);
        Instrument phq9 = InstrumentCatalogueFixture.find("PHQ9");
        assertEquals(
                PairedOutcome.of(phq9, Respondent.PARENT_1, scores).scores(),
                PairedOutcome.of(phq9, Respondent.PARENT_1, reversed).scores());
    }

    @Test
    void shouldHaveNoBaselineWithoutScores() {
        PairedOutcome outcome =
                PairedOutcome.of(InstrumentCatalogueFixture.find("PHQ9"), Respondent.PARENT_1, Series.parse(""));
        assertFalse(outcome.paired());
        assertEquals(null, outcome.baseline());
        assertEquals(null, outcome.finalScore());
    }

    @Test
    void shouldHaveNoFinalWhenEveryScoreIsAFollowUp() {
        PairedOutcome outcome = PairedOutcome.of(
                InstrumentCatalogueFixture.find("PHQ9"),
                Respondent.PARENT_1,
                Series.parse("2024-02-01 FOLLOW_UP 16; 2024-05-01 FOLLOW_UP 9"));
        assertFalse(outcome.paired());
        assertEquals(null, outcome.finalScore());
    }

    @ParameterizedTest(name = "EPDS reliable change configured to {0}: a fall of 4 is reliable: {1}")
    @CsvSource({"4, true", "5, false", "3, true"})
    void shouldUseTheConfiguredReliableChange(int threshold, boolean reliable) {
        Instrument epds =
                InstrumentCatalogueFixture.withThresholds(InstrumentCatalogueFixture.find("EPDS"), threshold, null);
        PairedOutcome outcome =
                PairedOutcome.of(epds, Respondent.PARENT_1, Series.parse("2024-02-01 BASELINE 15; 2024-05-01 END 11"));
        assertEquals(reliable, outcome.reliableImprovement());
    }

    @ParameterizedTest(name = "PIRGAS meaningful change configured to {0}: a rise of 12 is meaningful: {1}")
    @CsvSource({"10, true", "12, true", "13, false"})
    void shouldUseTheConfiguredMeaningfulChange(int threshold, boolean meaningful) {
        Instrument pirgas =
                InstrumentCatalogueFixture.withThresholds(InstrumentCatalogueFixture.find("PIRGAS"), 10, threshold);
        PairedOutcome outcome = PairedOutcome.of(
                pirgas, Respondent.PARENT_1, Series.parse("2024-02-01 BASELINE 50; 2024-05-01 END 62"));
        assertEquals(meaningful, outcome.meaningfulImprovement());
    }

    @Test
    void shouldLeaveCasenessAndRecoveryOpenWithoutACutOff() {
        // An instrument the catalogue gives no caseness cut-off: change is measured, recovery has no population
        Instrument phq9 = InstrumentCatalogueFixture.find("PHQ9");
        Instrument withoutCutOff = new Instrument(
                phq9.code(),
                phq9.name(),
                phq9.measures(),
                phq9.source(),
                phq9.loinc(),
                phq9.respondent(),
                phq9.items(),
                phq9.answerLabels(),
                phq9.totalMin(),
                phq9.totalMax(),
                phq9.direction(),
                phq9.bands(),
                phq9.bandFromItem(),
                null,
                phq9.reliableChange(),
                phq9.meaningfulChange(),
                phq9.riskItems(),
                phq9.commentsAllowed());
        PairedOutcome outcome = PairedOutcome.of(
                withoutCutOff, Respondent.PARENT_1, Series.parse("2024-02-01 BASELINE 16; 2024-05-01 END 9"));
        assertAll(
                () -> assertEquals(true, outcome.reliableImprovement(), "change is still measured"),
                () -> assertEquals(null, outcome.casenessAtBaseline(), "caseness at baseline"),
                () -> assertEquals(null, outcome.casenessAtFinal(), "caseness at final"),
                () -> assertEquals(null, outcome.recovered(), "recovered"),
                () -> assertEquals(null, outcome.reliableRecovery(), "reliable recovery"));
    }

    @Test
    void shouldRefuseAnInstrumentWithoutATotalToCompare() {
        assertThrows(
                IllegalArgumentException.class,
                () -> PairedOutcome.of(
                        InstrumentCatalogueFixture.find("SATISFACTION"), Respondent.PARENT_1, Series.parse("")));
    }
}
