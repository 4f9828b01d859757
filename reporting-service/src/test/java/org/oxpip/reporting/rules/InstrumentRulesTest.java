package org.oxpip.reporting.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The outcome rules read from outcomes-service's catalogue (the file it ships, copied into the test
 * classpath by the build): every rule is the catalogue's own value, and a catalogue that lacks a rule the
 * reports need is refused whole, naming what it lacks and never a value.
 */
class InstrumentRulesTest {

    static final List<CatalogueInstrument> CATALOGUE = catalogue();

    @Test
    void shouldTakeEveryRuleFromTheCatalogueAndNothingElse() {
        InstrumentRules rules = InstrumentRules.fromCatalogue(CATALOGUE);
        List<String> expected = new ArrayList<>();
        for (CatalogueInstrument entry : CATALOGUE) {
            if (entry.direction() != null) {
                expected.add(entry.code() + " " + entry.name() + " " + entry.direction() + " " + entry.caseness() + " "
                        + entry.reliableChange() + " " + entry.meaningfulChange() + " " + entry.source());
            }
        }
        assertEquals(
                expected,
                rules.all().stream()
                        .map(r -> r.instrument() + " " + r.name() + " " + r.direction() + " " + r.caseness() + " "
                                + r.reliableChange() + " " + r.meaningfulChange() + " " + r.source())
                        .toList());
        assertEquals(
                InstrumentRules.REPORTED,
                rules.all().stream().map(InstrumentRule::instrument).toList());
        assertTrue(rules.complete());
        assertTrue(rules.rule("PIRGAS").higherIsBetter());
        assertFalse(rules.rule("PHQ9").higherIsBetter());
        assertTrue(rules.find("SATISFACTION").isEmpty(), "no total to pair: no rule");
    }

    @Test
    void shouldFollowAThresholdChangedInTheCatalogue() {
        InstrumentRules rules = InstrumentRules.fromCatalogue(changed("EPDS", e -> with(e, 10, e.reliableChange())));
        assertEquals(10, rules.rule("EPDS").caseness());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "EPDS without caseness | EPDS has no caseness",
                "GAD7 without reliable change | GAD7 has no reliableChange of at least 1",
                "PHQ9 with a reliable change of 0 | PHQ9 has no reliableChange of at least 1",
                "PIRGAS without meaningful change | PIRGAS has no meaningfulChange",
                "PIRGAS with a meaningful change of 0 | PIRGAS has a meaningfulChange below 1",
                "PHQ9 without direction | PHQ9 is missing or has no direction",
                "GAD7 missing | GAD7 is missing or has no direction",
                "EPDS with an unknown direction | EPDS has a direction that is neither LOWER_IS_BETTER nor HIGHER_IS_BETTER",
                "an entry without a code | an instrument has no plain code",
                "an entry with a code that is not plain | an instrument has no plain code",
                "PHQ9 without a name | PHQ9 has no name of at most 200 characters",
                "GAD7 with a name too long | GAD7 has no name of at most 200 characters",
                "EPDS with a source too long | EPDS has a source longer than 1000 characters",
            })
    void shouldRefuseACatalogueThatLacksARuleTheReportsNeed(String change, String description) {
        RulesBreach breach = assertThrows(RulesBreach.class, () -> InstrumentRules.fromCatalogue(broken(change)));
        assertEquals(description, breach.getMessage());
    }

    /** The edges the contract allows: the smallest change that can be reliable or meaningful, the longest words. */
    @Test
    void shouldTakeEveryValueAtTheEdgeOfTheContract() {
        List<CatalogueInstrument> edges = changed("PHQ9", e -> with(e, e.caseness(), 1));
        edges = edges.stream()
                .map(e -> e.code().equals("PIRGAS") ? meaningful(e, 1) : e)
                .map(e -> e.code().equals("GAD7") ? name(e, "x".repeat(200)) : e)
                .map(e -> e.code().equals("EPDS") ? source(e, "x".repeat(1000)) : e)
                .toList();
        InstrumentRules rules = InstrumentRules.fromCatalogue(edges);
        assertEquals(1, rules.rule("PHQ9").reliableChange());
        assertEquals(1, rules.rule("PIRGAS").meaningfulChange());
        assertEquals(200, rules.rule("GAD7").name().length());
        assertEquals(1000, rules.rule("EPDS").source().length());
    }

    @Test
    void shouldRefuseNoCatalogueAtAll() {
        assertEquals(
                "PHQ9 is missing or has no direction",
                assertThrows(RulesBreach.class, () -> InstrumentRules.fromCatalogue(null))
                        .getMessage());
    }

    @Test
    void shouldSayWhetherStoredRulesAreEnoughToCount() {
        List<InstrumentRule> all = InstrumentRules.fromCatalogue(CATALOGUE).all();
        assertTrue(InstrumentRules.of(all).complete());
        assertFalse(InstrumentRules.of(List.of()).complete(), "before the first sync");
        assertFalse(InstrumentRules.of(all.subList(0, 3)).complete(), "PIRGAS missing");
        List<InstrumentRule> noMeaningful = new ArrayList<>(all.subList(0, 3));
        InstrumentRule pirgas = all.get(3);
        noMeaningful.add(new InstrumentRule(
                pirgas.instrument(),
                pirgas.name(),
                pirgas.direction(),
                pirgas.caseness(),
                pirgas.reliableChange(),
                null,
                pirgas.source()));
        assertFalse(InstrumentRules.of(noMeaningful).complete(), "PIRGAS without its meaningful change");
        assertThrows(
                IllegalStateException.class, () -> InstrumentRules.of(List.of()).rule("PHQ9"));
    }

    private static List<CatalogueInstrument> broken(String change) {
        return switch (change) {
            case "EPDS without caseness" -> changed("EPDS", e -> with(e, null, e.reliableChange()));
            case "GAD7 without reliable change" -> changed("GAD7", e -> with(e, e.caseness(), null));
            case "PHQ9 with a reliable change of 0" -> changed("PHQ9", e -> with(e, e.caseness(), 0));
            case "PIRGAS without meaningful change" -> changed("PIRGAS", e -> meaningful(e, null));
            case "PIRGAS with a meaningful change of 0" -> changed("PIRGAS", e -> meaningful(e, 0));
            case "PHQ9 without direction" -> changed("PHQ9", e -> direction(e, null));
            case "GAD7 missing" ->
                CATALOGUE.stream().filter(e -> !e.code().equals("GAD7")).toList();
            case "EPDS with an unknown direction" -> changed("EPDS", e -> direction(e, "UP"));
            case "an entry without a code" -> changed("SATISFACTION", e -> code(e, null));
            case "an entry with a code that is not plain" -> changed("SATISFACTION", e -> code(e, "phq 9; drop"));
            case "PHQ9 without a name" -> changed("PHQ9", e -> name(e, " "));
            case "GAD7 with a name too long" -> changed("GAD7", e -> name(e, "x".repeat(201)));
            case "EPDS with a source too long" -> changed("EPDS", e -> source(e, "x".repeat(1001)));
            default -> throw new IllegalArgumentException(change);
        };
    }

    static List<CatalogueInstrument> changed(String code, UnaryOperator<CatalogueInstrument> change) {
        return CATALOGUE.stream()
                .map(e -> e.code().equals(code) ? change.apply(e) : e)
                .toList();
    }

    private static CatalogueInstrument with(CatalogueInstrument e, Integer caseness, Integer reliableChange) {
        return new CatalogueInstrument(
                e.code(), e.name(), e.source(), e.direction(), caseness, reliableChange, e.meaningfulChange());
    }

    private static CatalogueInstrument meaningful(CatalogueInstrument e, Integer meaningfulChange) {
        return new CatalogueInstrument(
                e.code(), e.name(), e.source(), e.direction(), e.caseness(), e.reliableChange(), meaningfulChange);
    }

    private static CatalogueInstrument direction(CatalogueInstrument e, String direction) {
        return new CatalogueInstrument(
                e.code(), e.name(), e.source(), direction, e.caseness(), e.reliableChange(), e.meaningfulChange());
    }

    private static CatalogueInstrument code(CatalogueInstrument e, String code) {
        return new CatalogueInstrument(
                code, e.name(), e.source(), e.direction(), e.caseness(), e.reliableChange(), e.meaningfulChange());
    }

    private static CatalogueInstrument name(CatalogueInstrument e, String name) {
        return new CatalogueInstrument(
                e.code(), name, e.source(), e.direction(), e.caseness(), e.reliableChange(), e.meaningfulChange());
    }

    private static CatalogueInstrument source(CatalogueInstrument e, String source) {
        return new CatalogueInstrument(
                e.code(), e.name(), source, e.direction(), e.caseness(), e.reliableChange(), e.meaningfulChange());
    }

    private static List<CatalogueInstrument> catalogue() {
        try (InputStream in =
                InstrumentRulesTest.class.getResourceAsStream("/upstream/outcomes-service/catalogue.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<List<CatalogueInstrument>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
