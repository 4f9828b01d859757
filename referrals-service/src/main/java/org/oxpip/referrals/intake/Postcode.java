package org.oxpip.referrals.intake;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * UK postcode: an outward code (area + district, e.g. OX11) and an inward code (e.g. 7HJ). Only
 * the district ever leaves this service; it is the "area" of a referral.
 */
public final class Postcode {

    // Royal Mail format: A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA.
    private static final java.util.regex.Pattern FORMAT =
            java.util.regex.Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$");

    private Postcode() {}

    /** The postcode written the standard way ("ox117hj" becomes "OX11 7HJ"), or empty if it is not one. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(raw.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " "));
        return m.matches() ? Optional.of(m.group(1) + " " + m.group(2)) : Optional.empty();
    }

    /** The postcode district (outward code), e.g. OX11. */
    public static Optional<String> district(String raw) {
        return normalise(raw).map(p -> p.substring(0, p.indexOf(' ')));
    }
}
