package org.oxpip.reporting.impact;

/** The reader's disclosure control in plain words, built from what the policy itself hides (SmallNumbers). */
final class Disclosure {

    private Disclosure() {}

    /** One line for the title block. */
    static void summary(Xhtml h, SmallNumbers small) {
        if (small.exact()) {
            h.element("strong", "none: exact figures, for the charity's own use.");
            h.text(" The copy sent to a funder is made with forPublication=true, as the funder would see it.");
            return;
        }
        h.text("small numbers are hidden (policy \u201c" + small.policy()
                + "\u201d): see \u201cHow we measured\u201d.");
    }

    /** The whole policy, for "How we measured". */
    static void explain(Xhtml h, SmallNumbers small) {
        if (small.exact()) {
            h.element(
                    "p",
                    "This copy shows exact figures and is for the charity's own use. The copy sent to a funder"
                            + " goes through disclosure control, so that no family can be recognised from it.");
            return;
        }
        h.open("p");
        h.text("So that no family can be recognised from this report, small numbers are hidden (policy \u201c"
                + small.policy() + "\u201d). A count smaller than ");
        Shown.rule(h, small.smallestCount(), "smallestCount");
        h.text(" is shown as \u201cfewer than ");
        Shown.rule(h, small.smallestCount(), "smallestCount");
        h.text("\u201d; a zero is shown, as it identifies nobody.");
        if (small.rounds()) {
            h.text(" Every other count is rounded to the nearest five (\u201caround\u201d), and percentages are"
                    + " worked out from the rounded counts.");
        }
        h.text(" A percentage is shown only over ");
        Shown.rule(h, small.smallestRateBase(), "smallestRateBase");
        h.text(" or more, and never when the number it counts is hidden. Median and 90th percentile waits are shown"
                + " over ");
        Shown.rule(h, small.smallestWaitBase(), "smallestWaitBase");
        h.text(" or more waits only.");
        if (small.protectsTotals()) {
            h.text(" Where a hidden number could be worked out by subtracting the others from a total, one more"
                    + " number is hidden too (\u201cnot shown\u201d).");
        }
        h.text(" Hidden figures appear nowhere in this document, in words or in the charts.");
        h.close("p");
    }
}
