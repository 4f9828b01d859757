package org.oxpip.outcomes.outcome;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.outcomes.assessment.Assessment;
import org.oxpip.outcomes.assessment.Respondent;
import org.oxpip.outcomes.assessment.Timepoint;
import org.oxpip.outcomes.instrument.Instrument;
import org.oxpip.outcomes.instrument.InstrumentCatalogueFixture;

/**
 * A family's outcomes as docs/design.md assembles them: one series per instrument and respondent, in
 * catalogue order (PHQ-9, GAD-7, EPDS, PIRGAS) and then parent order; each parent's "improved mental health"
 * from the PHQ-9 and/or GAD-7 only (EPDS is reported on its own); the PARENT_1 dyad's PIRGAS, or PARENT_2's
 * where only that one is paired; and the Friends and Family Test answers, which have no total to pair.
 */
class FamilyOutcomesTest {

    private static final List<Instrument> CATALOGUE = InstrumentCatalogueFixture.read(new ObjectMapper());

    @ParameterizedTest(name = "{5}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                // assessments, as recorded | series (instrument, respondent, scores) | mental health per parent |
                // family PIRGAS | satisfaction | why
                "PHQ9 PARENT_1 2024-02-01 BASELINE 16; GAD7 PARENT_1 2024-02-01 BASELINE 12; EPDS PARENT_1 2024-02-01 BASELINE 14;"
                        + " PIRGAS PARENT_1 2024-02-01 BASELINE 35; PIRGAS PARENT_2 2024-02-01 BASELINE 30;"
                        + " PHQ9 PARENT_1 2024-05-01 END 9; GAD7 PARENT_1 2024-05-01 END 7; EPDS PARENT_1 2024-05-01 END 8;"
                        + " PIRGAS PARENT_1 2024-05-01 END 45; PIRGAS PARENT_2 2024-05-01 END 60;"
                        + " SATISFACTION PARENT_2 2024-05-01 END negative; SATISFACTION PARENT_1 2024-05-02 END positive"
                        + " | PHQ9 PARENT_1 2, GAD7 PARENT_1 2, EPDS PARENT_1 2, PIRGAS PARENT_1 2, PIRGAS PARENT_2 2"
                        + " | PARENT_1 PHQ9 GAD7 | PARENT_1 | PARENT_2 negative, PARENT_1 positive"
                        + " | a whole family: catalogue order, EPDS outside mental health, PARENT_1's dyad, answers as recorded",
                "GAD7 PARENT_2 2024-02-01 BASELINE 12; PHQ9 PARENT_2 2024-02-01 BASELINE 16; PHQ9 PARENT_1 2024-02-03 BASELINE 11;"
                        + " PHQ9 PARENT_2 2024-05-01 END 9; PHQ9 PARENT_1 2024-05-03 END 5; GAD7 PARENT_2 2024-05-01 END 7"
                        + " | PHQ9 PARENT_1 2, PHQ9 PARENT_2 2, GAD7 PARENT_2 2"
                        + " | PARENT_1 PHQ9, PARENT_2 PHQ9 GAD7 | - | -"
                        + " | recorded PARENT_2 first: still parent order, each parent's own measures combined",
                "EPDS PARENT_1 2024-02-01 BASELINE 14; EPDS PARENT_1 2024-05-01 END 8"
                        + " | EPDS PARENT_1 2 | - | - | -"
                        + " | EPDS alone: a series, but no PHQ-9 or GAD-7 to combine",
                "PIRGAS PARENT_1 2024-02-01 BASELINE 35; PIRGAS PARENT_2 2024-02-01 BASELINE 20; PIRGAS PARENT_2 2024-05-01 END 60"
                        + " | PIRGAS PARENT_1 1, PIRGAS PARENT_2 2 | - | PARENT_2 | -"
                        + " | PARENT_1's dyad rated once: PARENT_2's is the family's",
                "PIRGAS PARENT_1 2024-02-01 BASELINE 35; PIRGAS PARENT_1 2024-02-01 REVIEW 45"
                        + " | PIRGAS PARENT_1 2 | - | - | -"
                        + " | no dyad paired: no family PIRGAS",
                "SATISFACTION PARENT_1 2024-05-01 END don't know"
                        + " | - | - | - | PARENT_1 don't know"
                        + " | satisfaction alone: no series",
                "- | - | - | - | - | no assessments: nothing",
            })
    void shouldAssembleAFamilysOutcomes(
            String assessments,
            String series,
            String mentalHealth,
            Respondent pirgas,
            String satisfaction,
            String why) {
        FamilyOutcomes outcomes = FamilyOutcomes.of(UUID.randomUUID(), parse(assessments), CATALOGUE);
        assertAll(
                why,
                () -> assertEquals(
                        list(series),
                        outcomes.measures().stream()
                                .map(m -> m.instrument() + " " + m.respondent() + " "
                                        + m.scores().size())
                                .toList(),
                        "series"),
                () -> assertEquals(
                        list(mentalHealth),
                        outcomes.parentMentalHealth().stream()
                                .map(c -> c.respondent() + " " + String.join(" ", c.measures()))
                                .toList(),
                        "mental health"),
                () -> assertEquals(
                        pirgas,
                        outcomes.familyPirgas() == null
                                ? null
                                : outcomes.familyPirgas().respondent(),
                        "family PIRGAS"),
                () -> assertEquals(
                        list(satisfaction),
                        outcomes.satisfaction().stream()
                                .map(s -> s.respondent() + " " + s.band())
                                .toList(),
                        "satisfaction"));
    }

    @Test
    void shouldLeaveOutDeletedAssessmentsWhoeverLeftThemIn() {
        List<Assessment> assessments = parse("PHQ9 PARENT_1 2024-02-01 BASELINE 16; PHQ9 PARENT_1 2024-05-01 END 9;"
                + " SATISFACTION PARENT_1 2024-05-01 END positive");
        assessments.get(1).deleted = true;
        assessments.get(2).deleted = true;
        FamilyOutcomes outcomes = FamilyOutcomes.of(UUID.randomUUID(), assessments, CATALOGUE);
        assertEquals(1, outcomes.measures().get(0).scores().size(), "the deleted END is not a score");
        assertFalse(outcomes.measures().get(0).paired());
        assertEquals(List.of(), outcomes.satisfaction(), "the deleted answer is not listed");
    }

    @Test
    void shouldWorkOutTheSameOutcomesWhateverOrderTheAssessmentsCameIn() {
        List<Assessment> assessments = parse(
                "PHQ9 PARENT_1 2024-02-01 BASELINE 16; PHQ9 PARENT_1 2024-02-01 BASELINE 12;"
                        + " PHQ9 PARENT_1 2024-05-01 END 9; PHQ9 PARENT_1 2024-05-01 END 11; GAD7 PARENT_1 2024-02-01 BASELINE 9;"
                        + " GAD7 PARENT_1 2024-05-01 END 4; PIRGAS PARENT_2 2024-02-01 BASELINE 30; PIRGAS PARENT_2 2024-05-01 END 45");
        UUID referral = UUID.randomUUID();
        FamilyOutcomes inOrder = FamilyOutcomes.of(referral, assessments, CATALOGUE);
        List<Assessment> reversed = new ArrayList<>(assessments);
        Collections.reverse(reversed);
        assertEquals(inOrder, FamilyOutcomes.of(referral, reversed, CATALOGUE));
        // The baseline recorded first (16, not 12) and the final recorded last (11, not 9).
        assertEquals(16, inOrder.measures().get(0).baseline().total());
        assertEquals(11, inOrder.measures().get(0).finalScore().total());
    }

    /** "INSTRUMENT RESPONDENT DATE TIMEPOINT TOTAL" (or a band for SATISFACTION), separated by semicolons. */
    private static List<Assessment> parse(String assessments) {
        List<Assessment> parsed = new ArrayList<>();
        if (assessments == null) {
            return parsed;
        }
        for (String text : assessments.split(";")) {
            String[] parts = text.trim().split(" ", 5);
            Assessment a = new Assessment();
            a.id = UUID.randomUUID();
            a.createdAt = Series.FIRST_RECORDED.plusSeconds(60L * parsed.size());
            a.instrument = parts[0];
            a.respondent = Respondent.valueOf(parts[1]);
            a.completedOn = LocalDate.parse(parts[2]);
            a.timepoint = Timepoint.valueOf(parts[3]);
            if (a.instrument.equals("SATISFACTION")) {
                a.band = parts[4];
            } else {
                a.total = Integer.valueOf(parts[4]);
                a.band = "band";
            }
            parsed.add(a);
        }
        return parsed;
    }

    private static List<String> list(String items) {
        return items == null
                ? List.of()
                : Arrays.stream(items.split(",")).map(String::trim).collect(Collectors.toList());
    }
}
