package org.oxpip.outcomes.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The catalogue as the service holds it: every instrument of the file in its order, found by its code,
 * with the thresholds configuration may tune (docs/design.md: EPDS and PIRGAS reliable change, PIRGAS
 * meaningful change) already applied.
 */
class InstrumentLookupTest {

    private static final OutcomeThresholds TUNED = new OutcomeThresholds() {
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

    private final InstrumentCatalogue catalogue = InstrumentCatalogue.of(new ObjectMapper(), TUNED);

    @Test
    void shouldListEveryInstrumentInTheFilesOrder() {
        assertEquals(
                List.of("PHQ9", "GAD7", "EPDS", "PIRGAS", "SATISFACTION"),
                catalogue.all().stream().map(Instrument::code).toList());
    }

    @ParameterizedTest(name = "{0}: reliable change {1}, meaningful change {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "PHQ9,   6, -", // fixed by NHS Talking Therapies, whatever is configured
                "GAD7,   4, -",
                "EPDS,   5, -",
                "PIRGAS, 15, 20",
                "SATISFACTION, -, -"
            })
    void shouldFindEachByCodeWithItsThresholds(String code, Integer reliable, Integer meaningful) {
        Instrument instrument = catalogue.find(code).orElseThrow();
        assertEquals(code, instrument.code());
        assertEquals(reliable, instrument.reliableChange());
        assertEquals(meaningful, instrument.meaningfulChange());
        assertEquals(
                instrument,
                catalogue.all().stream()
                        .filter(i -> i.code().equals(code))
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void shouldFindNothingUnderAnUnknownCode() {
        assertTrue(catalogue.find("CSQ8").isEmpty(), "the CSQ-8 is licensed per use: never in the catalogue");
    }
}
