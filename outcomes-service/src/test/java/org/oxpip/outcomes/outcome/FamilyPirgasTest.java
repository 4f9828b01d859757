package org.oxpip.outcomes.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.outcomes.assessment.Respondent;
import org.oxpip.outcomes.instrument.InstrumentCatalogueFixture;

/** docs/design.md: a family's PIRGAS outcome uses the PARENT_1 dyad, or PARENT_2 where only that one has paired scores. */
class FamilyPirgasTest {

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                // PARENT_1 dyad | PARENT_2 dyad | chosen | why
                "2024-02-01 BASELINE 35; 2024-05-01 END 45 | 2024-02-01 BASELINE 20; 2024-05-01 END 60 | PARENT_1 | both paired: PARENT_1, counted once",
                "2024-02-01 BASELINE 50; 2024-05-01 END 45 | 2024-02-01 BASELINE 20; 2024-05-01 END 60 | PARENT_1 | PARENT_1 paired but worse: still PARENT_1, never the better of the two",
                "2024-02-01 BASELINE 35 | 2024-02-01 BASELINE 20; 2024-05-01 END 60 | PARENT_2 | PARENT_1 has one score only: PARENT_2",
                "'' | 2024-02-01 BASELINE 20; 2024-05-01 END 60 | PARENT_2 | no PARENT_1 dyad rated: PARENT_2",
                "2024-02-01 BASELINE 35; 2024-02-01 REVIEW 45 | 2024-02-01 BASELINE 20 | - | neither paired: no family outcome",
                "'' | '' | - | no PIRGAS at all",
            })
    void shouldChooseOneDyadPerFamily(String parent1, String parent2, Respondent chosen, String why) {
        PairedOutcome outcome1 = parent1.isBlank()
                ? null
                : PairedOutcome.of(
                        InstrumentCatalogueFixture.find("PIRGAS"), Respondent.PARENT_1, Series.parse(parent1));
        PairedOutcome outcome2 = parent2.isBlank()
                ? null
                : PairedOutcome.of(
                        InstrumentCatalogueFixture.find("PIRGAS"), Respondent.PARENT_2, Series.parse(parent2));
        assertEquals(
                chosen,
                FamilyPirgas.choose(outcome1, outcome2)
                        .map(PairedOutcome::respondent)
                        .orElse(null),
                why);
    }
}
