package org.oxpip.referrals.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/** Who the charity may see, from configuration: the catchment and the age limits (docs/design.md). */
@ConfigMapping(prefix = "oxpip.eligibility")
public interface EligibilityPolicy {

    /** Postcode districts of the catchment: Didcot (OX11) and the surrounding villages. */
    @WithDefault("OX11,OX10,OX12,OX13,OX14")
    Set<String> catchment();

    /** The baby must be younger than this on the day the referral is received. */
    @WithDefault("24")
    int maxBabyAgeMonths();

    /** During pregnancy, the due date may be at most this far after the day received. */
    @WithDefault("10")
    int maxMonthsToDueDate();
}
