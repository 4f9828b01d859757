package org.oxpip.reporting.impact;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.oxpip.reporting.impact.Sentences.Phrase;
import org.oxpip.reporting.report.FeedbackFigures.ApprovedQuote;
import org.oxpip.reporting.report.PrintedQuotes;
import org.oxpip.reporting.report.SummaryReport.OutcomesSection;
import org.oxpip.reporting.report.SummaryReport.ParentMeasureOutcomes;

/** 2. The headline results as sentences, and 5. what parents said. */
final class Headlines {

    static final Phrase PIRGAS_IMPROVED = new Phrase(
            "families",
            "",
            "had PIRGAS ratings from the start and the end of their work",
            "showed improvement as measured by the PIRGAS");
    static final Phrase MENTAL_HEALTH_IMPROVED = new Phrase(
            "parents",
            "",
            "completed the PHQ-9 or GAD-7 at the start and the end of their work",
            "showed improved mental health as measured by the PHQ-9 and/or GAD-7");
    static final Phrase RELIABLE_IMPROVEMENT = new Phrase(
            "parents",
            "",
            MENTAL_HEALTH_IMPROVED.measured(),
            "showed reliable improvement on the PHQ-9 and/or GAD-7, a change larger than the questionnaire's margin of"
                    + " error");
    static final Phrase RECOVERY = new Phrase(
            "parents",
            "who started above the clinical threshold of the PHQ-9 or GAD-7",
            "started above the clinical threshold of the PHQ-9 or GAD-7",
            "recovered: they ended below it on both");
    static final Phrase RELIABLE_RECOVERY = new Phrase(
            "parents",
            RECOVERY.who(),
            RECOVERY.measured(),
            "recovered with a reliable improvement (reliable recovery)");
    static final Phrase PIRGAS_MEANINGFUL = new Phrase(
            "families",
            "",
            PIRGAS_IMPROVED.measured(),
            "showed a meaningful improvement in the relationship between parent and baby on the PIRGAS");
    static final Phrase SATISFIED = new Phrase(
            "parents",
            "who answered",
            "answered the Friends and Family Test question at the end of their work",
            "rated the service good or very good");

    private Headlines() {}

    static void write(Xhtml h, ImpactReport report) {
        OutcomesSection o = report.summary().outcomes();
        ParentMeasureOutcomes mh = o.parentsMentalHealth();
        SmallNumbers small = report.smallNumbers();
        h.open("section", "id", "headlines");
        h.element("h2", "Headline results");
        h.element(
                "p",
                "Over the families whose work with us ended in this period, comparing each measure at the start and"
                        + " at the end:");
        h.open("ul", "class", "headlines");
        item(
                h,
                o.pirgasFamiliesImproved(),
                "outcomes.pirgasFamiliesImproved",
                o.pirgasFamilies(),
                "outcomes.pirgasFamilies",
                PIRGAS_IMPROVED,
                small);
        item(
                h,
                o.parentsMentalHealthImproved(),
                "outcomes.parentsMentalHealthImproved",
                mh.parents(),
                "outcomes.parentsMentalHealth.parents",
                MENTAL_HEALTH_IMPROVED,
                small);
        h.close("ul");
        h.element("h3", "By the stricter measures");
        h.open("ul", "class", "stricter");
        item(
                h,
                mh.reliableImprovement(),
                "outcomes.parentsMentalHealth.reliableImprovement",
                mh.parents(),
                "outcomes.parentsMentalHealth.parents",
                RELIABLE_IMPROVEMENT,
                small);
        item(
                h,
                mh.recovery(),
                "outcomes.parentsMentalHealth.recovery",
                mh.atCasenessAtBaseline(),
                "outcomes.parentsMentalHealth.atCasenessAtBaseline",
                RECOVERY,
                small);
        item(
                h,
                mh.reliableRecovery(),
                "outcomes.parentsMentalHealth.reliableRecovery",
                mh.atCasenessAtBaseline(),
                "outcomes.parentsMentalHealth.atCasenessAtBaseline",
                RELIABLE_RECOVERY,
                small);
        item(
                h,
                o.pirgasFamiliesMeaningfullyImproved(),
                "outcomes.pirgasFamiliesMeaningfullyImproved",
                o.pirgasFamilies(),
                "outcomes.pirgasFamilies",
                PIRGAS_MEANINGFUL,
                small);
        h.close("ul");
        h.close("section");
    }

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** 5. Satisfaction, and the parents' own words a manager approved for this stream and period. */
    static void parentsSaid(Xhtml h, ImpactReport report) {
        OutcomesSection o = report.summary().outcomes();
        h.open("section", "id", "parents-said");
        h.element("h2", "What parents said");
        h.open("p", "class", "headline");
        Sentences.headline(
                h,
                o.satisfactionPositive(),
                "outcomes.satisfactionPositive",
                o.satisfactionResponses(),
                "outcomes.satisfactionResponses",
                SATISFIED,
                report.smallNumbers());
        h.close("p");
        h.element(
                "p",
                "Asked at the end of their work with us: \u201cOverall, how was your experience of our service?\u201d"
                        + " (NHS Friends and Family Test; each parent's last answer).",
                "class",
                "note");
        quotes(h, report.quotes());
        h.close("section");
    }

    /** Each quote with its month only; a note instead when they are withheld for a small cohort. */
    private static void quotes(Xhtml h, PrintedQuotes printed) {
        if (!printed.quotes().isEmpty()) {
            h.open("ul", "class", "quotes");
            for (ApprovedQuote quote : printed.quotes()) {
                h.open("li", "class", "quote");
                h.element("blockquote", "\u201c" + quote.text() + "\u201d");
                h.element("span", "A parent, " + MONTH.format(quote.month()), "class", "quote-month");
                h.close("li");
            }
            h.close("ul");
            h.element(
                    "p",
                    "Quoted with the parents' consent, anonymously; edited only to remove anything that could identify"
                            + " a family.",
                    "class",
                    "note");
        } else if (printed.withheld()) {
            h.element(
                    "p",
                    "Parents' words are printed only when at least " + PrintedQuotes.MIN_FEEDBACK
                            + " parents gave feedback in the period, so that no family can be recognised.",
                    "class",
                    "note quotes-withheld");
        }
    }

    private static void item(
            Xhtml h,
            org.oxpip.reporting.disclosure.Rate rate,
            String path,
            org.oxpip.reporting.disclosure.Count base,
            String basePath,
            Phrase phrase,
            SmallNumbers small) {
        h.open("li");
        Sentences.headline(h, rate, path, base, basePath, phrase, small);
        h.close("li");
    }
}
