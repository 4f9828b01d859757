package org.oxpip.referrals.erasure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Which services hold a family's personal data, and so must each confirm an erasure. */
@ConfigMapping(prefix = "oxpip.erasure")
public interface ErasureSettings {

    /** The service names (their client ids) expected to confirm, in the order the admin sees them. */
    @WithDefault("referrals-service,outcomes-service")
    List<String> services();
}
