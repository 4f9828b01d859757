package org.oxpip.reporting.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The outcome thresholds a service may tune (docs/design.md, outcomes-service: EPDS and PIRGAS reliable
 * change, PIRGAS "meaningful" change), under the same keys as outcomes-service so both services can
 * be given the same values. PHQ-9 and GAD-7 follow NHS Talking Therapies and are fixed: changing them
 * would make the figures incomparable with everybody else's.
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
