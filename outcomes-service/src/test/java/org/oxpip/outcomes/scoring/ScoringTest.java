package org.oxpip.outcomes.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.outcomes.instrument.Instrument;
import org.oxpip.outcomes.instrument.InstrumentCatalogueFixture;
import org.oxpip.platform.problem.Problem.FieldError;

/** Scoring every instrument from the catalogue, each row citing where its rule comes from. */
class ScoringTest {

    private static final Map<String, Instrument> CATALOGUE =
            InstrumentCatalogueFixture.read(new ObjectMapper()).stream()
                    .collect(Collectors.toMap(Instrument::code, Function.identity()));

    /** Answers for an instrument that add up to the total: as many of the items' maxima as fit, then the rest. */
    static List<Integer> answersTotalling(Instrument instrument, int total) {
        List<Integer> answers = new ArrayList<>();
        int left = total
                - instrument.items().stream().mapToInt(Instrument.Item::min).sum();
        for (Instrument.Item item : instrument.items()) {
            int extra = Math.min(left, item.max() - item.min());
            answers.add(item.min() + extra);
            left -= extra;
        }
        return answers;
    }

    @ParameterizedTest(name = "{0} total {1} is \"{2}\" ({3})")
    @CsvSource({
        // Kroenke et al. 2001: 5, 10, 15, 20 are the cut-points of mild, moderate, moderately severe, severe
        "PHQ9, 0, minimal, Kroenke 2001",
        "PHQ9, 4, minimal, Kroenke 2001",
        "PHQ9, 5, mild, Kroenke 2001",
        "PHQ9, 9, mild, Kroenke 2001",
        "PHQ9, 10, moderate, Kroenke 2001",
        "PHQ9, 14, moderate, Kroenke 2001",
        "PHQ9, 15, moderately severe, Kroenke 2001",
        "PHQ9, 19, moderately severe, Kroenke 2001",
        "PHQ9, 20, severe, Kroenke 2001",
        "PHQ9, 27, severe, Kroenke 2001",
        // Spitzer et al. 2006: 5, 10, 15 are the cut-points of mild, moderate, severe
        "GAD7, 0, minimal, Spitzer 2006",
        "GAD7, 4, minimal, Spitzer 2006",
        "GAD7, 5, mild, Spitzer 2006",
        "GAD7, 9, mild, Spitzer 2006",
        "GAD7, 10, moderate, Spitzer 2006",
        "GAD7, 14, moderate, Spitzer 2006",
        "GAD7, 15, severe, Spitzer 2006",
        "GAD7, 21, severe, Spitzer 2006",
        // Cox et al. 1987; docs/design.md: < 10 unlikely, 10-12 possible, >= 13 probable depression
        "EPDS, 0, depression unlikely, Cox 1987",
        "EPDS, 9, depression unlikely, Cox 1987",
        "EPDS, 10, possible depression, Cox 1987",
        "EPDS, 12, possible depression, Cox 1987",
        "EPDS, 13, probable depression, Cox 1987",
        "EPDS, 30, probable depression, Cox 1987",
        // DC:0-3R PIRGAS: ten bands of ten points
        "PIRGAS, 1, documented maltreatment, DC:0-3R",
        "PIRGAS, 10, documented maltreatment, DC:0-3R",
        "PIRGAS, 11, grossly impaired, DC:0-3R",
        "PIRGAS, 20, grossly impaired, DC:0-3R",
        "PIRGAS, 21, severely disordered, DC:0-3R",
        "PIRGAS, 30, severely disordered, DC:0-3R",
        "PIRGAS, 31, disordered, DC:0-3R",
        "PIRGAS, 40, disordered, DC:0-3R",
        "PIRGAS, 41, disturbed, DC:0-3R",
        "PIRGAS, 50, disturbed, DC:0-3R",
        "PIRGAS, 51, distressed, DC:0-3R",
        "PIRGAS, 60, distressed, DC:0-3R",
        "PIRGAS, 61, significantly perturbed, DC:0-3R",
        "PIRGAS, 70, significantly perturbed, DC:0-3R",
        "PIRGAS, 71, perturbed, DC:0-3R",
        "PIRGAS, 80, perturbed, DC:0-3R",
        "PIRGAS, 81, adapted, DC:0-3R",
        "PIRGAS, 90, adapted, DC:0-3R",
        "PIRGAS, 91, well adapted, DC:0-3R",
        "PIRGAS, 100, well adapted, DC:0-3R",
    })
    void shouldBandEveryBoundary(String code, int total, String band, String source) {
        Instrument instrument = CATALOGUE.get(code);
        Score score = Scoring.score(instrument, answersTotalling(instrument, total));
        assertEquals(total, score.total());
        assertEquals(band, score.band());
    }

    @ParameterizedTest(name = "{0} {1}: total {2}")
    @CsvSource({
        // the contract's own example (docs/design.md): 0+1+2+3+1+0+2+1+0
        "PHQ9, 0 1 2 3 1 0 2 1 0, 10",
        "GAD7, 3 3 3 3 3 3 3, 21",
        // EPDS: the API takes item scores as the form gives them, already reverse-scored for items 3, 5-10
        // (Cox 1987); a 3 on item 3 counts 3, not 0: nothing is reversed again.
        "EPDS, 0 0 3 0 0 0 0 0 0 0, 3",
        "EPDS, 3 3 0 3 0 0 0 0 0 0, 9",
        "PIRGAS, 55, 55",
    })
    void shouldTotalTheItemScoresAsGiven(String code, String answers, int total) {
        assertEquals(total, Scoring.score(CATALOGUE.get(code), ints(answers)).total());
    }

    @ParameterizedTest(name = "{0} {1}: risk items {2}")
    @CsvSource({
        // PHQ-9 item 9 (Kroenke 2001): any answer above "not at all" is followed up
        "PHQ9, 0 0 0 0 0 0 0 0 0, ''",
        "PHQ9, 0 0 0 0 0 0 0 0 1, 9",
        "PHQ9, 3 3 3 3 3 3 3 3 0, ''",
        "PHQ9, 0 0 0 0 0 0 0 0 3, 9",
        // EPDS item 10 (Cox 1987): "the thought of harming myself has occurred to me", scored 0 = never
        "EPDS, 0 0 0 0 0 0 0 0 0 0, ''",
        "EPDS, 0 0 0 0 0 0 0 0 0 1, 10",
        "EPDS, 3 3 3 3 3 3 3 3 3 0, ''",
        // no risk items
        "GAD7, 3 3 3 3 3 3 3, ''",
        "PIRGAS, 1, ''",
    })
    void shouldFlagAPositiveRiskItem(String code, String answers, String riskItems) {
        Score score = Scoring.score(CATALOGUE.get(code), ints(answers));
        List<Integer> expected = riskItems.isEmpty() ? List.of() : List.of(Integer.parseInt(riskItems));
        assertEquals(expected, score.positiveRiskItems());
        assertEquals(!expected.isEmpty(), score.riskFlag());
    }

    @ParameterizedTest(name = "Friends and Family Test answer {0} is \"{1}\"")
    @CsvSource({
        // NHS England FFT guidance: % positive = very good + good
        "1, positive",
        "2, positive",
        "3, neutral",
        "4, negative",
        "5, negative",
        "6, don't know",
    })
    void satisfactionShouldBandTheFriendsAndFamilyTestAnswerAndHaveNoTotal(int fft, String band) {
        Score score = Scoring.score(CATALOGUE.get("SATISFACTION"), List.of(fft, 5, 5, 5));
        assertNull(score.total());
        assertEquals(band, score.band());
        assertFalse(score.riskFlag());
    }

    @ParameterizedTest(name = "{0} {1}: {2} {3}")
    @CsvSource(
            nullValues = "null",
            value = {
                "PHQ9, 0 1 2 3 1 0 2 1, answers, 'must have 9 answers for PHQ9, one per item in order'",
                "PHQ9, 0 1 2 3 1 0 2 1 0 0, answers, 'must have 9 answers for PHQ9, one per item in order'",
                "PHQ9, 0 1 2 4 1 0 2 1 0, answers[3], item 4 must be from 0 to 3",
                "PHQ9, 0 1 2 -1 1 0 2 1 0, answers[3], item 4 must be from 0 to 3",
                "PHQ9, 0 1 2 1.5 1 0 2 1 0, answers[3], item 4 must be a whole number",
                "PHQ9, 0 1 2 null 1 0 2 1 0, answers[3], item 4 is required",
                "GAD7, '', answers, 'must have 7 answers for GAD7, one per item in order'",
                "PIRGAS, 0, answers[0], item 1 must be from 1 to 100",
                "PIRGAS, 101, answers[0], item 1 must be from 1 to 100",
                "SATISFACTION, 7 5 5 5, answers[0], item 1 must be from 1 to 6",
                "SATISFACTION, 1 6 5 5, answers[1], item 2 must be from 1 to 5",
            })
    void shouldNameEachBadAnswer(String code, String answers, String field, String message) {
        List<FieldError> errors = Scoring.check(CATALOGUE.get(code), numbers(answers));
        assertEquals(List.of(new FieldError(field, message)), errors);
        assertThrows(IllegalArgumentException.class, () -> Scoring.score(CATALOGUE.get(code), numbers(answers)));
    }

    @Test
    void shouldNameEveryBadAnswerAtOnce() {
        List<FieldError> errors = Scoring.check(CATALOGUE.get("GAD7"), numbers("4 0 0 0 0 0.5 9"));
        assertEquals(
                List.of("answers[0]", "answers[5]", "answers[6]"),
                errors.stream().map(FieldError::field).toList());
    }

    @Test
    void shouldRequireAnswers() {
        assertEquals(List.of(new FieldError("answers", "is required")), Scoring.check(CATALOGUE.get("PHQ9"), null));
    }

    @Test
    void shouldTakeWholeNumbersWhateverTheirJavaType() {
        List<Number> mixed = List.of(1L, 2.0, new BigDecimal("3.00"), 0, 0, 0, 0, 0, 0);
        assertTrue(Scoring.check(CATALOGUE.get("PHQ9"), mixed).isEmpty());
        assertEquals(6, Scoring.score(CATALOGUE.get("PHQ9"), mixed).total());
    }

    @Test
    void shouldRefuseANumberTooLargeForADoubleAsOutOfRange() {
        // JSON's 1e400 reaches us as Infinity: out of every item's range, never an error of our own
        List<Number> answers = new ArrayList<>(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0));
        answers.set(3, Double.POSITIVE_INFINITY);
        assertEquals(
                List.of(new FieldError("answers[3]", "item 4 must be from 0 to 3")),
                Scoring.check(CATALOGUE.get("PHQ9"), answers));
    }

    /**
     * A total alone (an import of records that kept only the total) fits the range its items add up to: PHQ-9
     * 0-27, GAD-7 0-21, EPDS 0-30, PIRGAS 1-100 (DC:0-3R), as the catalogue says with its sources.
     */
    @ParameterizedTest(name = "{0} total {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PHQ9|0|",
                "PHQ9|27|",
                "PHQ9|28|must be from 0 to 27",
                "PHQ9|-1|must be from 0 to 27",
                "PHQ9|10.5|must be a whole number",
                "PHQ9|12.0|",
                "GAD7|21|",
                "GAD7|22|must be from 0 to 21",
                "EPDS|30|",
                "EPDS|31|must be from 0 to 30",
                "PIRGAS|1|",
                "PIRGAS|0|must be from 1 to 100",
                "PIRGAS|100|",
                "PIRGAS|101|must be from 1 to 100"
            })
    void aTotalAloneShouldFitTheRangeItsItemsAddUpTo(String code, String total, String problem) {
        List<FieldError> expected = problem == null ? List.of() : List.of(new FieldError("total", problem));
        assertEquals(expected, Scoring.checkTotal(CATALOGUE.get(code), new BigDecimal(total)));
    }

    @Test
    void aTotalAloneShouldBeRequiredWhereTheInstrumentHasOne() {
        assertEquals(List.of(new FieldError("total", "is required")), Scoring.checkTotal(CATALOGUE.get("PHQ9"), null));
    }

    @Test
    void anInstrumentWithoutATotalShouldTakeNone() {
        // Satisfaction is banded by its first answer (bandFromItem): a total would mean nothing.
        assertEquals(
                List.of(new FieldError(
                        "total", "cannot be given for SATISFACTION, which has no total: give its answers")),
                Scoring.checkTotal(CATALOGUE.get("SATISFACTION"), 3));
    }

    @Test
    void shouldKeepTheAnswersInItemOrderForStorage() {
        Score score = Scoring.score(CATALOGUE.get("PHQ9"), ints("0 1 2 3 1 0 2 1 0"));
        assertArrayEquals(new int[] {0, 1, 2, 3, 1, 0, 2, 1, 0}, score.answersArray());
    }

    @ParameterizedTest(name = "{0} has no band for {1}")
    @CsvSource({"PIRGAS, 0", "PIRGAS, 101", "PHQ9, 28", "PHQ9, -1"})
    void shouldRefuseToBandAValueOutsideTheCatalogue(String code, int value) {
        // Never reached through score(), whose answers are checked first: a catalogue error, not the caller's
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> Scoring.bandOf(CATALOGUE.get(code), value));
        assertEquals(code + " has no band for " + value, refused.getMessage());
    }

    private static List<Integer> ints(String answers) {
        return Arrays.stream(answers.trim().split(" +")).map(Integer::valueOf).toList();
    }

    private static List<Number> numbers(String answers) {
        if (answers == null || answers.isBlank()) {
            return List.of();
        }
        List<Number> numbers = new ArrayList<>();
        for (String answer : answers.trim().split(" +")) {
            numbers.add(answer.equals("null") ? null : new BigDecimal(answer));
        }
        return numbers;
    }
}
