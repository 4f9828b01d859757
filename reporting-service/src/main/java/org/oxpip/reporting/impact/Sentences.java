package org.oxpip.reporting.impact;

import org.oxpip.reporting.disclosure.Count;
import org.oxpip.reporting.disclosure.Rate;

/**
 * A rate as a sentence in the charity's voice, with its numerator and denominator: "85.0% of families
 * (17 of 20) showed improvement as measured by the PIRGAS." A rate the reader's disclosure control
 * hid says so and why, using the count it is a rate of (which the report publishes on its own):
 * too few measured to publish ("fewer than 5 families"), too few for a percentage ("7 families: a
 * percentage is published over 10 or more only"), or a small numerator ("fewer than 5 of the 12
 * families"). It never reads 0%.
 */
final class Sentences {

    /**
     * The words of one headline.
     *
     * @param noun who is counted, plural: "families", "parents"
     * @param who narrows the noun in the sentence ("who started above the clinical threshold"), or ""
     * @param measured what made them count, as a verb phrase: "had PIRGAS ratings from …"
     * @param predicate what the rate says about them: "showed improvement as measured by the PIRGAS"
     */
    record Phrase(String noun, String who, String measured, String predicate) {}

    private Sentences() {}

    /** One headline sentence for the rate at {@code path}, over the count at {@code basePath}. */
    static void headline(
            Xhtml h, Rate rate, String path, Count base, String basePath, Phrase phrase, SmallNumbers small) {
        String subject = phrase.noun() + (phrase.who().isEmpty() ? "" : " " + phrase.who());
        if (!rate.suppressed() && rate.percent() != null) {
            h.open("strong");
            Shown.percent(h, rate, path);
            h.close("strong");
            h.text(" of " + subject + " (");
            Shown.ofTotal(h, rate, path, small);
            h.text(") " + phrase.predicate() + ".");
        } else if (!rate.suppressed() || (!base.suppressed() && base.value() == 0)) {
            h.text("No " + phrase.noun() + " " + phrase.measured() + " in this period, so there is no figure yet for"
                    + " how many " + phrase.predicate() + ".");
        } else if (base.suppressed()) {
            h.text("Fewer than ");
            Shown.rule(h, small.smallestCount(), "smallestCount");
            h.text(" " + phrase.noun() + " " + phrase.measured() + " in this period: too few to say how many "
                    + phrase.predicate() + " without risk of identifying a family.");
        } else if (base.value() < small.smallestRateBase()) {
            Shown.count(h, base, basePath, small);
            h.text(" " + phrase.noun() + " " + phrase.measured() + " in this period. A percentage is published over ");
            Shown.rule(h, small.smallestRateBase(), "smallestRateBase");
            h.text(" or more only, as one over fewer could identify a family, so this report does not say how many "
                    + phrase.predicate() + ".");
        } else {
            h.text("Fewer than ");
            Shown.rule(h, small.smallestCount(), "smallestCount");
            h.text(" of the ");
            Shown.count(h, base, basePath, small);
            h.text(" " + subject + " " + phrase.predicate()
                    + "; the exact number is not published, as it could identify a family.");
        }
    }

    /** Why a rate in a table is not published, in a few words. */
    static void whyHidden(Xhtml h, Count base, String basePath, String noun, SmallNumbers small) {
        if (base.suppressed()) {
            h.text("not published: fewer than ");
            Shown.rule(h, small.smallestCount(), "smallestCount");
            h.text(" " + noun);
        } else if (base.value() < small.smallestRateBase()) {
            h.text("not published: a percentage over fewer than ");
            Shown.rule(h, small.smallestRateBase(), "smallestRateBase");
            h.text(" " + noun);
        } else {
            h.text("fewer than ");
            Shown.rule(h, small.smallestCount(), "smallestCount");
            h.text(" of ");
            Shown.count(h, base, basePath, small);
            h.text(" " + noun);
        }
    }
}
