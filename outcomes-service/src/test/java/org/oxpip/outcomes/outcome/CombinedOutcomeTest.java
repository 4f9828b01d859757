package org.oxpip.outcomes.outcome;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.outcomes.assessment.Respondent;
import org.oxpip.outcomes.instrument.InstrumentCatalogueFixture;

/**
 * A parent's combined PHQ-9 and/or GAD-7 result, the funders' "improved mental health" (docs/design.md,
 * after NHS Talking Therapies and CORC): improved if at least one measure improved and neither
 * reliably deteriorated; reliably improved likewise; reliably deteriorated if either did; at
 * caseness on either; recovered if a case at baseline and on neither at final. PHQ-9: caseness 10,
 * reliable change 6; GAD-7: caseness 8, reliable change 4.
 */
class CombinedOutcomeTest {

    @ParameterizedTest(name = "{11}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                // PHQ-9 series | GAD-7 series | measures | paired | improved | reliable imp. | reliable det. | case at
                // baseline | case at final | recovered | reliable recovery | why
                "2024-02-01 BASELINE 16; 2024-05-01 END 9 | 2024-02-01 BASELINE 12; 2024-05-01 END 7 | PHQ9 GAD7 | true | true | true | false | true | false | true | true | both reliably improved out of caseness: reliable recovery",
                "2024-02-01 BASELINE 16; 2024-05-01 END 9 | 2024-02-01 BASELINE 4; 2024-05-01 END 9 | PHQ9 GAD7 | true | false | false | true | true | true | false | false | one reliably improved, the other reliably deteriorated: not improved",
                "2024-02-01 BASELINE 16; 2024-05-01 END 9 | 2024-02-01 BASELINE 5; 2024-05-01 END 8 | PHQ9 GAD7 | true | true | true | false | true | true | false | false | one reliably improved, the other worse but not reliably: improved, yet GAD-7 8 keeps caseness",
                "2024-02-01 BASELINE 12; 2024-05-01 END 10 | 2024-02-01 BASELINE 6; 2024-05-01 END 6 | PHQ9 GAD7 | true | true | false | false | true | true | false | false | one improved a little, the other unchanged: improved, not reliably",
                "2024-02-01 BASELINE 8; 2024-05-01 END 4 | 2024-02-01 BASELINE 6; 2024-05-01 END 2 | PHQ9 GAD7 | true | true | true | false | false | false | - | - | a case on neither at baseline: recovery does not apply",
                "2024-02-01 BASELINE 6; 2024-05-01 END 5 | 2024-02-01 BASELINE 10; 2024-05-01 END 5 | PHQ9 GAD7 | true | true | true | false | true | false | true | true | a case on GAD-7 only at baseline is a case",
                "2024-02-01 BASELINE 9; 2024-05-01 END 10 | 2024-02-01 BASELINE 10; 2024-05-01 END 5 | PHQ9 GAD7 | true | true | true | false | true | true | false | false | a case on either at final is not recovered",
                "2024-02-01 BASELINE 8; 2024-05-01 END 15 | 2024-02-01 BASELINE 3; 2024-05-01 END 9 | PHQ9 GAD7 | true | false | false | true | false | true | - | - | both reliably deteriorated",
                "2024-02-01 BASELINE 16; 2024-05-01 END 9 | 2024-02-01 BASELINE 15 | PHQ9 | true | true | true | false | true | false | true | true | GAD-7 has one score only: PHQ-9 alone decides",
                "'' | 2024-02-01 BASELINE 9; 2024-05-01 END 4 | GAD7 | true | true | true | false | true | false | true | true | GAD-7 only",
                "2024-02-01 BASELINE 16 | 2024-02-01 BASELINE 12; 2024-02-01 REVIEW 3 | '' | false | - | - | - | - | - | - | - | no measure paired: no result",
            })
    void shouldCombineAsTalkingTherapiesDo(
            String phq9,
            String gad7,
            String measures,
            boolean paired,
            Boolean improved,
            Boolean reliableImprovement,
            Boolean reliableDeterioration,
            Boolean casenessAtBaseline,
            Boolean casenessAtFinal,
            Boolean recovered,
            Boolean reliableRecovery,
            String why) {
        List<PairedOutcome> outcomes = new ArrayList<>();
        if (!phq9.isBlank()) {
            outcomes.add(
                    PairedOutcome.of(InstrumentCatalogueFixture.find("PHQ9"), Respondent.PARENT_1, Series.parse(phq9)));
        }
        outcomes.add(
                PairedOutcome.of(InstrumentCatalogueFixture.find("GAD7"), Respondent.PARENT_1, Series.parse(gad7)));
        CombinedOutcome combined = CombinedOutcome.of(Respondent.PARENT_1, outcomes);
        assertAll(
                why,
                () -> assertEquals(measures.isBlank() ? List.of() : List.of(measures.split(" ")), combined.measures()),
                () -> assertEquals(paired, combined.paired(), "paired"),
                () -> assertEquals(improved, combined.improved(), "improved"),
                () -> assertEquals(reliableImprovement, combined.reliableImprovement(), "reliable improvement"),
                () -> assertEquals(reliableDeterioration, combined.reliableDeterioration(), "reliable deterioration"),
                () -> assertEquals(casenessAtBaseline, combined.casenessAtBaseline(), "caseness at baseline"),
                () -> assertEquals(casenessAtFinal, combined.casenessAtFinal(), "caseness at final"),
                () -> assertEquals(recovered, combined.recovered(), "recovered"),
                () -> assertEquals(reliableRecovery, combined.reliableRecovery(), "reliable recovery"));
    }
}
