package org.oxpip.outcomes.instrument;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** The catalogue file with docs/design.md's default thresholds, for plain JUnit tests in other packages. */
public final class InstrumentCatalogueFixture {

    private InstrumentCatalogueFixture() {}

    public static List<Instrument> read(ObjectMapper mapper) {
        return InstrumentCatalogue.read(mapper);
    }

    public static Instrument find(String code) {
        return read(new ObjectMapper()).stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** An instrument with other thresholds, to prove a rule follows the catalogue and not a constant. */
    public static Instrument withThresholds(Instrument instrument, Integer reliableChange, Integer meaningfulChange) {
        return instrument.withThresholds(reliableChange, meaningfulChange);
    }
}
