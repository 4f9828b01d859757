package org.oxpip.agreement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.List;
import org.oxpip.outcomes.instrument.Instrument;
import org.oxpip.outcomes.instrument.InstrumentCatalogue;
import org.oxpip.outcomes.instrument.OutcomeThresholds;

/**
 * outcomes-service's instrument catalogue, exactly as that service holds it: its catalogue.json with the tunable
 * thresholds applied from its configuration defaults (read through SmallRye Config from OutcomeThresholds'
 * own {@code @WithDefault}s, so no threshold is written in this module), and served as JSON as
 * {@code GET /api/v1/instruments} serves it.
 */
final class Catalogue {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private Catalogue() {}

    /** The catalogue as outcomes-service holds it with its default configuration. */
    static List<Instrument> asShipped() {
        OutcomeThresholds defaults = new SmallRyeConfigBuilder()
                .withMapping(OutcomeThresholds.class)
                .build()
                .getConfigMapping(OutcomeThresholds.class);
        return InstrumentCatalogue.of(JSON, defaults).all();
    }

    /** What {@code GET /api/v1/instruments} answers for this catalogue, which reporting-service's sync reads. */
    static String served(List<Instrument> catalogue) {
        try {
            return JSON.writeValueAsString(catalogue);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instrument find(List<Instrument> catalogue, String code) {
        return catalogue.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    /** The catalogue after one edit of catalogue.json: this instrument's caseness cut-off moved. */
    static List<Instrument> withCaseness(List<Instrument> catalogue, String code, int caseness) {
        return catalogue.stream()
                .map(i -> i.code().equals(code) ? withCaseness(i, caseness) : i)
                .toList();
    }

    private static Instrument withCaseness(Instrument i, int caseness) {
        return new Instrument(
                i.code(),
                i.name(),
                i.measures(),
                i.source(),
                i.loinc(),
                i.respondent(),
                i.items(),
                i.answerLabels(),
                i.totalMin(),
                i.totalMax(),
                i.direction(),
                i.bands(),
                i.bandFromItem(),
                caseness,
                i.reliableChange(),
                i.meaningfulChange(),
                i.riskItems(),
                i.commentsAllowed());
    }
}
