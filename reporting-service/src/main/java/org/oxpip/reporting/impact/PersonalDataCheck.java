package org.oxpip.reporting.impact;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The title block is sent to funders and may be published, so it must not carry personal data
 * (docs/design.md, "Personal data stays where it belongs"). A name can't be told from the name of a
 * project, but the shapes that are almost always about one person can: these are refused, with a
 * message that never repeats the text. Pure, and table-tested in PersonalDataCheckTest.
 */
final class PersonalDataCheck {

    record Shape(String name, Pattern pattern) {}

    static final List<Shape> SHAPES = List.of(
            new Shape("an e-mail address", Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+")),
            // A phone number or an NHS number: nine or more digits, spaces or hyphens between them allowed.
            new Shape("a phone or NHS number", Pattern.compile("\\d(?:[\\s-]?\\d){8,}")),
            // A full postcode; a postcode district alone (OX11) describes an area and is allowed.
            new Shape(
                    "a full postcode",
                    Pattern.compile("\\b[A-Z]{1,2}[0-9][A-Z0-9]?\\s*[0-9][A-Z]{2}\\b", Pattern.CASE_INSENSITIVE)));

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]");

    private PersonalDataCheck() {}

    /** Why this text may not be stored, or empty when it may. */
    static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (CONTROL.matcher(text).find()) {
            return Optional.of("must be plain text on one line");
        }
        return SHAPES.stream()
                .filter(shape -> shape.pattern().matcher(text).find())
                .findFirst()
                .map(shape -> "looks like it holds " + shape.name() + ": the title block is about the grant, never"
                        + " a person");
    }
}
