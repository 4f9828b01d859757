package org.oxpip.reporting.disclosure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which disclosure control funders' figures go through. */
@ConfigMapping(prefix = "oxpip.disclosure")
public interface DisclosureSettings {

    enum Policy {
        DEFAULT,
        NHS_ENGLAND
    }

    /** {@code default} (docs/design.md) or {@code nhs-england} (stricter: 1–7 suppressed, rounding to 5). */
    @WithDefault("default")
    Policy policy();
}
