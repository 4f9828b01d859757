package org.oxpip.outcomes.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalogue file against docs/design.md's table and the instruments' own sources. */
class InstrumentCatalogueTest {

    private static final Map<String, Instrument> CATALOGUE = InstrumentCatalogue.read(new ObjectMapper()).stream()
            .collect(Collectors.toMap(Instrument::code, Function.identity()));

    @Test
    void shouldHoldTheFiveInstrumentsInOrder() {
        assertEquals(List.of("PHQ9", "GAD7", "EPDS", "PIRGAS", "SATISFACTION"),
                InstrumentCatalogue.read(new ObjectMapper()).stream().map(Instrument::code).toList());
    }

    @ParameterizedTest(name = "{0}: {1} items of {2}-{3}, total {4}-{5}, {6}, caseness {7}, reliable change {8}, LOINC {9} ({10})")
    @CsvSource(nullValues = "-", value = {
        "PHQ9,   9, 0, 3,   0,  27, LOWER_IS_BETTER,  10, 6,  44261-6, Kroenke 2001; NHS Talking Therapies",
        "GAD7,   7, 0, 3,   0,  21, LOWER_IS_BETTER,   8, 4,  70274-6, Spitzer 2006; NHS Talking Therapies",
        "EPDS,  10, 0, 3,   0,  30, LOWER_IS_BETTER,  13, 4,  71354-5, Cox 1987 (LOINC: the EPDS panel)",
        "PIRGAS, 1, 1, 100, 1, 100, HIGHER_IS_BETTER, 40, 10, -,       DC:0-3R; no LOINC code",
    })
    void shouldMatchTheDesignTable(String code, int items, int itemMin, int itemMax, int totalMin, int totalMax,
            Instrument.Direction direction, int caseness, int reliableChange, String loinc, String source) {
        Instrument instrument = CATALOGUE.get(code);
        assertEquals(items, instrument.items().size());
        for (int i = 0; i < items; i++) {
            Instrument.Item item = instrument.items().get(i);
            assertEquals(i + 1, item.number(), "items are numbered from 1 in order");
            assertEquals(itemMin, item.min());
            assertEquals(itemMax, item.max());
        }
        assertEquals(totalMin, instrument.totalMin());
        assertEquals(totalMax, instrument.totalMax());
        assertEquals(items * itemMin, totalMin, "the total is the sum of the items");
        assertEquals(items * itemMax, totalMax, "the total is the sum of the items");
        assertEquals(direction, instrument.direction());
        assertEquals(caseness, instrument.caseness());
        assertEquals(reliableChange, instrument.reliableChange());
        assertEquals(loinc, instrument.loinc());
        assertNull(instrument.bandFromItem());
        assertFalse(instrument.commentsAllowed());
    }

    @ParameterizedTest(name = "{0} band {1}-{2} is \"{3}\"")
    @CsvSource({
        // Kroenke et al. 2001
        "PHQ9, 0, 4, minimal", "PHQ9, 5, 9, mild", "PHQ9, 10, 14, moderate", "PHQ9, 15, 19, moderately severe",
        "PHQ9, 20, 27, severe",
        // Spitzer et al. 2006
        "GAD7, 0, 4, minimal", "GAD7, 5, 9, mild", "GAD7, 10, 14, moderate", "GAD7, 15, 21, severe",
        // Cox et al. 1987, as docs/design.md bands it
        "EPDS, 0, 9, depression unlikely", "EPDS, 10, 12, possible depression", "EPDS, 13, 30, probable depression",
        // DC:0-3R PIRGAS
        "PIRGAS, 1, 10, documented maltreatment", "PIRGAS, 11, 20, grossly impaired", "PIRGAS, 21, 30, severely disordered",
        "PIRGAS, 31, 40, disordered", "PIRGAS, 41, 50, disturbed", "PIRGAS, 51, 60, distressed",
        "PIRGAS, 61, 70, significantly perturbed", "PIRGAS, 71, 80, perturbed", "PIRGAS, 81, 90, adapted",
        "PIRGAS, 91, 100, well adapted",
        // NHS England Friends and Family Test: very good/good, neither, poor/very poor, don't know
        "SATISFACTION, 1, 2, positive", "SATISFACTION, 3, 3, neutral", "SATISFACTION, 4, 5, negative",
        "SATISFACTION, 6, 6, don't know",
    })
    void shouldBandAsTheSourcesDo(String code, int min, int max, String label) {
        assertTrue(CATALOGUE.get(code).bands().contains(new Instrument.Band(min, max, label)),
                () -> code + " lacks the band " + min + "-" + max + " " + label);
    }

    @ParameterizedTest(name = "{0}: bands cover every possible value once")
    @ValueSource(strings = {"PHQ9", "GAD7", "EPDS", "PIRGAS", "SATISFACTION"})
    void bandsShouldCoverEveryValueExactlyOnce(String code) {
        Instrument instrument = CATALOGUE.get(code);
        Instrument.Item banded = instrument.bandFromItem() == null ? null : instrument.items().get(instrument.bandFromItem() - 1);
        int from = banded == null ? instrument.totalMin() : banded.min();
        int to = banded == null ? instrument.totalMax() : banded.max();
        int expected = from;
        for (Instrument.Band band : instrument.bands()) {
            assertEquals(expected, band.min(), code + ": bands must follow each other without gap or overlap");
            assertTrue(band.max() >= band.min());
            expected = band.max() + 1;
        }
        assertEquals(to + 1, expected, code + ": the last band must end at the highest value");
    }

    @ParameterizedTest(name = "{0}: risk items {1}")
    @CsvSource({
        "PHQ9, 9", // item 9: thoughts of being better off dead or of self-harm
        "EPDS, 10", // item 10: the thought of harming myself has occurred to me
        "GAD7, ''", "PIRGAS, ''", "SATISFACTION, ''",
    })
    void shouldFlagTheSelfHarmItems(String code, String items) {
        List<Integer> expected = items.isEmpty() ? List.of() : List.of(Integer.parseInt(items));
        assertEquals(expected, CATALOGUE.get(code).riskItems());
    }

    @Test
    void satisfactionShouldBeTheFriendsAndFamilyTestPlusServiceItemsWithComments() {
        Instrument satisfaction = CATALOGUE.get("SATISFACTION");
        assertNull(satisfaction.totalMin(), "no total");
        assertNull(satisfaction.direction());
        assertNull(satisfaction.caseness());
        assertNull(satisfaction.reliableChange());
        assertEquals(1, satisfaction.bandFromItem(), "banded by the Friends and Family Test answer");
        assertEquals(6, satisfaction.items().get(0).max(), "very good ... very poor, don't know");
        assertTrue(satisfaction.items().stream().skip(1).allMatch(i -> i.min() == 1 && i.max() == 5));
        assertTrue(satisfaction.commentsAllowed());
        assertFalse(satisfaction.source().contains("CSQ-8 items"), "the CSQ-8 is licensed per use: never shipped");
    }

    @Test
    void everyInstrumentShouldCiteItsSource() {
        CATALOGUE.values().forEach(i -> assertFalse(i.source() == null || i.source().isBlank(), i.code()));
    }

    @Test
    void shouldTakeTunedThresholdsFromConfiguration() {
        OutcomeThresholds tuned = new OutcomeThresholds() {
            public int epdsReliableChange() { return 5; }
            public int pirgasReliableChange() { return 15; }
            public int pirgasMeaningfulChange() { return 20; }
        };
        assertEquals(5, InstrumentCatalogue.tuned(CATALOGUE.get("EPDS"), tuned).reliableChange());
        assertEquals(15, InstrumentCatalogue.tuned(CATALOGUE.get("PIRGAS"), tuned).reliableChange());
        assertEquals(20, InstrumentCatalogue.tuned(CATALOGUE.get("PIRGAS"), tuned).meaningfulChange());
        assertEquals(6, InstrumentCatalogue.tuned(CATALOGUE.get("PHQ9"), tuned).reliableChange(), "fixed by NHS Talking Therapies");
    }
}
