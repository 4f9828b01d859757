package org.oxpip.reporting.impact;

import java.math.BigDecimal;
import org.oxpip.reporting.disclosure.Count;
import org.oxpip.reporting.disclosure.Rate;

/**
 * How one published figure is written into the page. Every number from a report is wrapped in an
 * element whose {@code data-figure} names its place in the JSON report (REST Assured's path syntax),
 * so a test can hold each against the JSON; every number from a rule (a threshold, the disclosure
 * policy's limits) in one whose {@code data-rule} says which. A hidden figure is written as words,
 * never as a number, an empty element or an attribute.
 */
final class Shown {

    private Shown() {}

    /** A count: "26", "around 25" (rounded by the policy) or "fewer than 5". */
    static void count(Xhtml h, Count count, String path, SmallNumbers small) {
        if (count.suppressed()) {
            h.text("fewer than ");
            rule(h, small.smallestCount(), "smallestCount");
            return;
        }
        if (small.rounds() && count.value() != 0) {
            h.text("around ");
        }
        figure(h, count.value(), path + ".value");
    }

    /**
     * A cell of a breakdown. Hidden cells don't say "fewer than 5": under secondary suppression a larger
     * one is hidden too, so that the small one can't be worked out from the total.
     */
    static void cell(Xhtml h, Count count, String path, SmallNumbers small) {
        if (count.suppressed()) {
            h.element("span", "not shown", "class", "hidden-figure");
            return;
        }
        count(h, count, path, small);
    }

    /** "85.0%" (the percent only; the caller writes its numerator and denominator). */
    static void percent(Xhtml h, Rate rate, String path) {
        figure(h, rate.percent(), path + ".percent");
        h.text("%");
    }

    /** "17 of 20" as the rate gives them. */
    static void ofTotal(Xhtml h, Rate rate, String path, SmallNumbers small) {
        if (small.rounds()) {
            h.text("around ");
        }
        figure(h, rate.numerator(), path + ".numerator");
        h.text(" of ");
        figure(h, rate.denominator(), path + ".denominator");
    }

    /** A rate in a table cell: "76.9% (20 of 26)", or why it isn't published (base: its count, when known). */
    static void rate(Xhtml h, Rate rate, String path, Count base, String basePath, String noun, SmallNumbers small) {
        if (!rate.suppressed() && rate.percent() != null) {
            percent(h, rate, path);
            h.text(" (");
            ofTotal(h, rate, path, small);
            h.text(")");
        } else if (!rate.suppressed() || (base != null && !base.suppressed() && base.value() == 0)) {
            h.text("none to count");
        } else if (base == null) {
            h.element("span", "not published: small numbers", "class", "hidden-figure");
        } else {
            h.open("span", "class", "hidden-figure");
            Sentences.whyHidden(h, base, basePath, noun, small);
            h.close("span");
        }
    }

    /** A number from a report, marked with its path in the JSON report. */
    static void figure(Xhtml h, Object value, String path) {
        h.element("span", text(value), "data-figure", path);
    }

    /** A number from a rule, marked with the rule's name. */
    static void rule(Xhtml h, long value, String name) {
        h.element("span", Long.toString(value), "data-rule", name);
    }

    static String text(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }
}
