package org.oxpip.reporting.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oxpip.reporting.report.InstrumentRule;
import org.oxpip.reporting.report.OutcomeThresholds;

/**
 * The impact report describes each measure as outcomes-service's instrument catalogue does (the one
 * definition, docs/design.md "Instruments"), and its thresholds are the catalogue's: a change there
 * fails here until reporting-service follows.
 */
class MeasureNotesTest {

    static final Path CATALOGUE =
            Path.of("..", "outcomes-service", "src", "main", "resources", "instruments", "catalogue.json");

    @Test
    void shouldDescribeEveryMeasureAsTheCatalogueDoes() throws IOException {
        JsonNode catalogue = new ObjectMapper().readTree(CATALOGUE.toFile());
        assertEquals(
                MeasureNotes.ALL.stream().map(MeasureNotes::code).toList(),
                stream(catalogue).stream()
                        .map(item -> item.get("code").asText())
                        .toList());
        for (JsonNode item : stream(catalogue)) {
            MeasureNotes notes = MeasureNotes.of(item.get("code").asText());
            assertEquals(item.get("name").asText(), notes.name());
            assertEquals(item.get("measures").asText(), notes.measures());
            assertTrue(item.get("source").asText().startsWith(notes.citation()), notes.code() + "'s citation");
            assertEquals(
                    item.get("respondent").asText().equals("CLINICIAN") ? MeasureNotes.CLINICIAN : MeasureNotes.PARENT,
                    notes.completedBy());
        }
    }

    @Test
    void shouldUseTheCataloguesThresholdsByDefault() throws IOException {
        JsonNode catalogue = new ObjectMapper().readTree(CATALOGUE.toFile());
        OutcomeThresholds defaults = new OutcomeThresholds() {
            @Override
            public int epdsReliableChange() {
                return 4;
            }

            @Override
            public int pirgasReliableChange() {
                return 10;
            }

            @Override
            public int pirgasMeaningfulChange() {
                return 10;
            }
        };
        for (InstrumentRule rule : InstrumentRule.catalogue(defaults)) {
            JsonNode item = stream(catalogue).stream()
                    .filter(node -> node.get("code").asText().equals(rule.instrument()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(item.get("caseness").asInt(), rule.caseness(), rule.instrument());
            assertEquals(item.get("reliableChange").asInt(), rule.reliableChange(), rule.instrument());
            assertEquals(item.get("direction").asText().equals("HIGHER_IS_BETTER"), rule.higherIsBetter());
        }
    }

    private static List<JsonNode> stream(JsonNode catalogue) {
        List<JsonNode> items = new java.util.ArrayList<>();
        catalogue.forEach(items::add);
        return items;
    }
}
