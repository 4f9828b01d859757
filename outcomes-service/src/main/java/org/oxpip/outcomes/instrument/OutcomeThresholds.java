package org.oxpip.outcomes.instrument;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The thresholds a service may tune (docs/design.md): EPDS and PIRGAS reliable change and PIRGAS
 * "meaningful" change. Defaults are docs/design.md's.
 */
@ConfigMapping(prefix = "oxpip.outcomes")
public interface OutcomeThresholds {

    @WithDefault("4")
    int epdsReliableChange();

    @WithDefault("10")
    int pirgasReliableChange();

    @WithDefault("10")
    int pirgasMeaningfulChange();
}
