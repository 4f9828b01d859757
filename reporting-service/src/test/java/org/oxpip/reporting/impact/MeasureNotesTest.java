package org.oxpip.reporting.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The impact report describes each measure as outcomes-service's instrument catalogue does (the one
 * definition, docs/design.md "Instruments"). Its thresholds need no such test: they are the catalogue's own,
 * read by the sync (rules/).
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

    private static List<JsonNode> stream(JsonNode catalogue) {
        List<JsonNode> items = new java.util.ArrayList<>();
        catalogue.forEach(items::add);
        return items;
    }
}
