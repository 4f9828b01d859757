package org.oxpip.outcomes.fhir;

import java.util.UUID;
import java.util.regex.Pattern;
import org.oxpip.platform.problem.ProblemException;

/**
 * The one search parameter the measure searches take: {@code based-on=ServiceRequest/{referral id}} (a referral is
 * a ServiceRequest, as referrals-service's FHIR intake writes it). Required, since measures are read one family at
 * a time, as in the JSON API. The refusal names the parameter, never the value sent.
 */
final class BasedOn {

    static final String PARAMETER = "based-on";
    private static final Pattern REFERENCE = Pattern.compile("ServiceRequest/([0-9a-fA-F-]{36})");

    private BasedOn() {}

    static UUID referral(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(PARAMETER, "is required: ServiceRequest/{referral id}");
        }
        var match = REFERENCE.matcher(value.trim());
        if (!match.matches()) {
            throw ProblemException.invalid(PARAMETER, "must be ServiceRequest/{referral id} (a UUID)");
        }
        try {
            return UUID.fromString(match.group(1));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(PARAMETER, "must be ServiceRequest/{referral id} (a UUID)");
        }
    }
}
