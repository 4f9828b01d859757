package org.oxpip.outcomes.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalogue the service really uses (catalogue.json read by the production loader, with the
 * configured thresholds applied, injected as the resources get it) against a table written here by hand
 * from the instruments' published sources, as docs/design.md gives them. Nothing on the expected side
 * comes from the catalogue file or is computed from another expected column.
 */
@QuarkusTest
class InstrumentCatalogueTest {

    private static final Map<String, Instrument> CATALOGUE = InstrumentCatalogue.read(new ObjectMapper()).stream()
            .collect(Collectors.toMap(Instrument::code, Function.identity()));

    /** An instrument as its source publishes it. */
    private record Published(
            int items,
            int itemMin,
            int itemMax,
            int totalMin,
            int totalMax,
            Instrument.Direction direction,
            List<Instrument.Band> bands,
            int caseness,
            int reliableChange,
            Integer meaningfulChange,
            List<Integer> riskItems,
            String loinc) {}

    private static Instrument.Band band(int min, int max, String label) {
        return new Instrument.Band(min, max, label);
    }

    private static final Map<String, Published> SOURCES = Map.of(
            // Kroenke, Spitzer, Williams, J Gen Intern Med 2001; caseness and reliable change: NHS Talking Therapies
            "PHQ9",
                    new Published(
                            9,
                            0,
                            3,
                            0,
                            27,
                            Instrument.Direction.LOWER_IS_BETTER,
                            List.of(
                                    band(0, 4, "minimal"),
                                    band(5, 9, "mild"),
                                    band(10, 14, "moderate"),
                                    band(15, 19, "moderately severe"),
                                    band(20, 27, "severe")),
                            10,
                            6,
                            null,
                            List.of(9),
                            "44261-6"),
            // Spitzer, Kroenke, Williams, Löwe, Arch Intern Med 2006; NHS Talking Therapies
            "GAD7",
                    new Published(
                            7,
                            0,
                            3,
                            0,
                            21,
                            Instrument.Direction.LOWER_IS_BETTER,
                            List.of(
                                    band(0, 4, "minimal"),
                                    band(5, 9, "mild"),
                                    band(10, 14, "moderate"),
                                    band(15, 21, "severe")),
                            8,
                            4,
                            null,
                            List.of(),
                            "70274-6"),
            // Cox, Holden, Sagovsky, Br J Psychiatry 1987; reliable change 4 is the charity's default setting
            "EPDS",
                    new Published(
                            10,
                            0,
                            3,
                            0,
                            30,
                            Instrument.Direction.LOWER_IS_BETTER,
                            List.of(
                                    band(0, 9, "depression unlikely"),
                                    band(10, 12, "possible depression"),
                                    band(13, 30, "probable depression")),
                            13,
                            4,
                            null,
                            List.of(10),
                            "71354-5"),
            // ZERO TO THREE, DC:0-3R (2005); caseness the top of "disordered"; 10 and 10 the default settings
            "PIRGAS",
                    new Published(
                            1,
                            1,
                            100,
                            1,
                            100,
                            Instrument.Direction.HIGHER_IS_BETTER,
                            List.of(
                                    band(1, 10, "documented maltreatment"),
                                    band(11, 20, "grossly impaired"),
                                    band(21, 30, "severely disordered"),
                                    band(31, 40, "disordered"),
                                    band(41, 50, "disturbed"),
                                    band(51, 60, "distressed"),
                                    band(61, 70, "significantly perturbed"),
                                    band(71, 80, "perturbed"),
                                    band(81, 90, "adapted"),
                                    band(91, 100, "well adapted")),
                            40,
                            10,
                            10,
                            List.of(),
                            null));

    @Inject
    InstrumentCatalogue catalogue;

    @Test
    void shouldHoldTheFiveInstrumentsInOrder() {
        assertEquals(
                List.of("PHQ9", "GAD7", "EPDS", "PIRGAS", "SATISFACTION"),
                catalogue.all().stream().map(Instrument::code).toList());
    }

    @ParameterizedTest(name = "{0} as its source publishes it")
    @ValueSource(strings = {"PHQ9", "GAD7", "EPDS", "PIRGAS"})
    void shouldMatchThePublishedSource(String code) {
        Published published = SOURCES.get(code);
        Instrument instrument = catalogue.find(code).orElseThrow();
        assertEquals(published.items(), instrument.items().size(), "items");
        for (int i = 0; i < published.items(); i++) {
            Instrument.Item item = instrument.items().get(i);
            assertEquals(i + 1, item.number(), "items are numbered from 1 in order");
            assertEquals(published.itemMin(), item.min(), "item " + item.number() + " lowest answer");
            assertEquals(published.itemMax(), item.max(), "item " + item.number() + " highest answer");
        }
        assertEquals(published.totalMin(), instrument.totalMin(), "lowest total");
        assertEquals(published.totalMax(), instrument.totalMax(), "highest total");
        assertEquals(
                instrument.items().stream().mapToInt(Instrument.Item::min).sum(),
                instrument.totalMin(),
                "the catalogue's total is the sum of its items");
        assertEquals(
                instrument.items().stream().mapToInt(Instrument.Item::max).sum(),
                instrument.totalMax(),
                "the catalogue's total is the sum of its items");
        assertEquals(published.direction(), instrument.direction(), "direction");
        assertEquals(published.bands(), instrument.bands(), "bands, exactly and in order");
        assertEquals(published.caseness(), instrument.caseness(), "caseness");
        assertEquals(published.reliableChange(), instrument.reliableChange(), "reliable change");
        assertEquals(published.meaningfulChange(), instrument.meaningfulChange(), "meaningful change");
        assertEquals(published.riskItems(), instrument.riskItems(), "self-harm items");
        assertEquals(published.loinc(), instrument.loinc(), "LOINC code");
        assertNull(instrument.bandFromItem());
        assertFalse(instrument.commentsAllowed());
    }

    @ParameterizedTest(name = "SATISFACTION band {0}-{1} is \"{2}\"")
    @CsvSource({
        // NHS England Friends and Family Test: very good/good, neither, poor/very poor, don't know
        "1, 2, positive",
        "3, 3, neutral",
        "4, 5, negative",
        "6, 6, don't know",
    })
    void shouldBandSatisfactionAsTheFriendsAndFamilyTestDoes(int min, int max, String label) {
        assertTrue(
                catalogue.find("SATISFACTION").orElseThrow().bands().contains(new Instrument.Band(min, max, label)),
                () -> "SATISFACTION lacks the band " + min + "-" + max + " " + label);
    }

    @ParameterizedTest(name = "{0}: bands cover every possible value once")
    @ValueSource(strings = {"PHQ9", "GAD7", "EPDS", "PIRGAS", "SATISFACTION"})
    void bandsShouldCoverEveryValueExactlyOnce(String code) {
        Instrument instrument = catalogue.find(code).orElseThrow();
        Instrument.Item banded =
                instrument.bandFromItem() == null ? null : instrument.items().get(instrument.bandFromItem() - 1);
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

    @Test
    void satisfactionShouldBeTheFriendsAndFamilyTestPlusServiceItemsWithComments() {
        Instrument satisfaction = catalogue.find("SATISFACTION").orElseThrow();
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
        catalogue
                .all()
                .forEach(i -> assertFalse(i.source() == null || i.source().isBlank(), i.code()));
    }

    @Test
    void shouldTakeTunedThresholdsFromConfiguration() {
        OutcomeThresholds tuned = new OutcomeThresholds() {
            public int epdsReliableChange() {
                return 5;
            }

            public int pirgasReliableChange() {
                return 15;
            }

            public int pirgasMeaningfulChange() {
                return 20;
            }
        };
        assertEquals(5, InstrumentCatalogue.tuned(CATALOGUE.get("EPDS"), tuned).reliableChange());
        assertEquals(
                15, InstrumentCatalogue.tuned(CATALOGUE.get("PIRGAS"), tuned).reliableChange());
        assertEquals(
                20, InstrumentCatalogue.tuned(CATALOGUE.get("PIRGAS"), tuned).meaningfulChange());
        assertEquals(
                6,
                InstrumentCatalogue.tuned(CATALOGUE.get("PHQ9"), tuned).reliableChange(),
                "fixed by NHS Talking Therapies");
    }
}
