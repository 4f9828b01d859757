package org.oxpip.outcomes.instrument;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The instruments the charity uses, read once from the catalogue file, with configured thresholds applied. */
@ApplicationScoped
public class InstrumentCatalogue {

    static final String RESOURCE = "instruments/catalogue.json";

    private final Map<String, Instrument> byCode = new LinkedHashMap<>();

    InstrumentCatalogue(ObjectMapper mapper, OutcomeThresholds thresholds) {
        for (Instrument instrument : read(mapper)) {
            byCode.put(instrument.code(), tuned(instrument, thresholds));
        }
    }

    /**
     * The catalogue as this service holds it, outside CDI: the outcome-agreement module runs the outcome classes
     * with exactly it, and serves it to reporting-service's side as GET /api/v1/instruments would.
     */
    public static InstrumentCatalogue of(ObjectMapper mapper, OutcomeThresholds thresholds) {
        return new InstrumentCatalogue(mapper, thresholds);
    }

    public List<Instrument> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Instrument> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    static Instrument tuned(Instrument instrument, OutcomeThresholds thresholds) {
        return switch (instrument.code()) {
            case "EPDS" -> instrument.withThresholds(thresholds.epdsReliableChange(), instrument.meaningfulChange());
            case "PIRGAS" ->
                instrument.withThresholds(thresholds.pirgasReliableChange(), thresholds.pirgasMeaningfulChange());
            default -> instrument;
        };
    }

    static List<Instrument> read(ObjectMapper mapper) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Instrument catalogue " + RESOURCE + " is missing");
            }
            return mapper.readValue(in, new TypeReference<List<Instrument>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("Instrument catalogue " + RESOURCE + " is unreadable", e);
        }
    }
}
