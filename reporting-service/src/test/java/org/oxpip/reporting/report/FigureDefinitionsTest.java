package org.oxpip.reporting.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.reporting.disclosure.Count;
import org.oxpip.reporting.disclosure.Rate;
import org.oxpip.reporting.rules.CatalogueInstrument;
import org.oxpip.reporting.rules.InstrumentRule;
import org.oxpip.reporting.rules.InstrumentRules;

/**
 * The summary report's definitions: one for every figure the report has (found by walking SummaryReport's
 * sections, so a figure added without a definition fails here), each written from the synced rules, so a
 * threshold changed in outcomes-service's catalogue changes the words as it changes the figures.
 */
class FigureDefinitionsTest {

    static final List<CatalogueInstrument> CATALOGUE = catalogue();
    static final InstrumentRules SHIPPED = InstrumentRules.fromCatalogue(CATALOGUE);

    @Test
    void shouldDefineEveryFigureOfTheReportOnce() {
        List<String> defined = FigureDefinitions.of(SHIPPED).stream()
                .map(FigureDefinition::figure)
                .toList();
        assertEquals(defined.size(), Set.copyOf(defined).size(), "each figure once");
        Set<String> figures = new TreeSet<>();
        for (RecordComponent section : SummaryReport.class.getRecordComponents()) {
            if (section.getType().isRecord()) {
                figures(section.getName(), section.getType(), figures);
            }
        }
        assertEquals(figures, new TreeSet<>(defined));
        FigureDefinitions.of(SHIPPED)
                .forEach(d -> assertTrue(
                        !d.definition().isBlank()
                                && !d.denominator().isBlank()
                                && !d.source().isBlank(),
                        d.figure()));
    }

    /** Each threshold in the words is the catalogue's; the figure named is the one the SQL counts with it. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "outcomes.parentsMentalHealth.atCasenessAtBaseline | At caseness at baseline on either (PHQ-9 10 or more, GAD-7 8 or more)",
                "outcomes.parentsMentalHealth.recovery | At caseness at baseline, and at caseness at final on neither (PHQ-9 below 10, GAD-7 below 8)",
                "outcomes.parentsMentalHealth.reliableDeterioration | Worse by at least the reliable change on either (PHQ-9 higher by 6 points or more, GAD-7 higher by 4 points or more)",
                "outcomes.parentsMentalHealth.improved | Final better than baseline on at least one of PHQ-9 (lower) and GAD-7 (lower), and reliably worse on neither (PHQ-9 higher by 6 points or more, GAD-7 higher by 4 points or more)",
                "outcomes.epds.atCasenessAtBaseline | At caseness at baseline (EPDS 13 or more)",
                "outcomes.epds.reliableImprovement | EPDS lower by 4 points or more (the reliable change)",
                "outcomes.pirgasFamiliesImproved | Headline: PIRGAS final higher than baseline",
                "outcomes.pirgasFamiliesMeaningfullyImproved | PIRGAS higher by 10 points or more (the meaningful change)",
                "outcomes.pirgasFamiliesReliablyDeteriorated | PIRGAS lower by 10 points or more (the reliable change)",
            })
    void shouldWriteTheCataloguesThresholdsIntoTheWords(String figure, String definition) {
        assertEquals(definition, byFigure(SHIPPED).get(figure).definition());
    }

    @Test
    void shouldFollowAThresholdChangedInTheCatalogue() {
        InstrumentRules changed = InstrumentRules.fromCatalogue(CATALOGUE.stream()
                .map(e -> e.code().equals("EPDS")
                        ? new CatalogueInstrument(
                                e.code(),
                                e.name(),
                                e.source(),
                                e.direction(),
                                10,
                                e.reliableChange(),
                                e.meaningfulChange())
                        : e)
                .toList());
        assertEquals(
                "At caseness at baseline (EPDS 10 or more)",
                byFigure(changed).get("outcomes.epds.atCasenessAtBaseline").definition());
        assertEquals(
                "At caseness at baseline, and not at final (EPDS below 10)",
                byFigure(changed).get("outcomes.epds.recovery").definition());
    }

    @Test
    void shouldNameEachRatesDenominatorAndEachFiguresSource() {
        Map<String, FigureDefinition> definitions = byFigure(SHIPPED);
        assertEquals(
                "outcomes.parentsMentalHealth.atCasenessAtBaseline",
                definitions.get("outcomes.parentsMentalHealth.reliableRecovery").denominator());
        assertEquals(
                "outcomes.pirgasFamilies",
                definitions.get("outcomes.pirgasFamiliesImproved").denominator());
        assertEquals("referrals.received", definitions.get("referrals.declined").denominator());
        assertTrue(definitions.get("outcomes.pirgasFamilies").denominator().startsWith(FigureDefinitions.CLOSED));
        // The catalogue's own citation of the instrument, as synced.
        assertTrue(definitions
                .get("outcomes.epds.recovery")
                .source()
                .endsWith(SHIPPED.rule("EPDS").source()));
        assertEquals(
                FigureDefinitions.REFERRALS,
                definitions.get("waiting.medianDays").source());
    }

    @ParameterizedTest(name = "{0} {1} ({2}): {3}, {4}, {5}")
    @CsvSource({
        "Patient Health Questionnaire (PHQ-9), LOWER_IS_BETTER,  10, PHQ-9 10 or more, PHQ-9 below 10, lower",
        "A scale with no short name,           HIGHER_IS_BETTER, 40, X 40 or less,     X above 40,      higher",
    })
    void shouldSayWhichWayIsBetter(
            String name, InstrumentRule.Direction direction, int caseness, String at, String not, String better) {
        InstrumentRule rule = new InstrumentRule("X", name, direction, caseness, 1, null, null);
        assertEquals(at, FigureDefinitions.caseness(rule));
        assertEquals(not, FigureDefinitions.notCaseness(rule));
        assertEquals(better, FigureDefinitions.better(rule));
        assertEquals("1 point", FigureDefinitions.points(1));
    }

    @Test
    void shouldSayWhenTheCatalogueCitesNothing() {
        List<InstrumentRule> rules = SHIPPED.all().stream()
                .map(r -> new InstrumentRule(
                        r.instrument(),
                        r.name(),
                        r.direction(),
                        r.caseness(),
                        r.reliableChange(),
                        r.meaningfulChange(),
                        null))
                .toList();
        assertTrue(byFigure(InstrumentRules.of(rules))
                .get("outcomes.epds.improved")
                .source()
                .endsWith("EPDS: no citation in the catalogue."));
    }

    private static Map<String, FigureDefinition> byFigure(InstrumentRules rules) {
        return FigureDefinitions.of(rules).stream()
                .collect(Collectors.toMap(FigureDefinition::figure, Function.identity()));
    }

    /** Every count, rate, breakdown and statistic under a section of the report, by its JSON path. */
    private static void figures(String path, Class<?> section, Set<String> into) {
        for (RecordComponent component : section.getRecordComponents()) {
            String name = path + "." + component.getName();
            Class<?> type = component.getType();
            if (type == Count.class || type == Rate.class || type == BigDecimal.class || isBreakdown(component)) {
                into.add(name);
            } else if (type.isRecord()) {
                figures(name, type, into);
            }
        }
    }

    private static boolean isBreakdown(RecordComponent component) {
        Type type = component.getGenericType();
        return component.getType() == List.class
                && type instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] == SummaryReport.CategoryCount.class;
    }

    private static List<CatalogueInstrument> catalogue() {
        try (InputStream in =
                FigureDefinitionsTest.class.getResourceAsStream("/upstream/outcomes-service/catalogue.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<List<CatalogueInstrument>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
