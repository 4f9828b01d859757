package org.oxpip.reporting.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.oxpip.reporting.report.SummaryReport;

/** 1. The title block: project and funder, the period, how fresh the figures are, the disclosure control. */
final class TitleSection {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);
    static final String GENERIC_TITLE = "Parent-infant psychotherapy";

    private TitleSection() {}

    static void write(Xhtml h, ImpactReport report) {
        SummaryReport summary = report.summary();
        TitleBlockView block = report.titleBlock();
        h.open("header", "class", "title-block");
        h.element("p", "Impact report", "class", "kicker");
        h.element("h1", block == null ? GENERIC_TITLE : block.projectTitle());
        if (block != null) {
            h.element("p", "Funded by " + block.funderName(), "class", "funder");
            if (!block.description().isEmpty()) {
                h.element("p", block.description(), "class", "description");
            }
        }
        h.open("table", "class", "facts");
        h.open("tbody");
        if (block != null) {
            row(h, "Area").text(block.area());
            end(h);
        }
        row(h, "Period");
        day(h, summary.from(), "from");
        h.text(" to ");
        day(h, summary.to(), "to");
        end(h);
        row(h, "Funding stream");
        streams(h, summary.fundingStreams());
        end(h);
        row(h, "Figures as of");
        moment(h, summary.dataAsOf());
        end(h);
        row(h, "Disclosure control");
        Disclosure.summary(h, report.smallNumbers());
        end(h);
        h.close("tbody").close("table");
        h.close("header");
    }

    static void day(Xhtml h, LocalDate day, String path) {
        h.element("time", DAY.format(day), "datetime", day.toString(), "data-figure", path);
    }

    private static void moment(Xhtml h, Instant asOf) {
        if (asOf == null) {
            h.text("not yet: the records have not been read for the first time");
        } else {
            h.element("time", MOMENT.format(asOf), "datetime", asOf.toString(), "data-figure", "dataAsOf");
            h.text(" (everything recorded before then is counted)");
        }
    }

    private static void streams(Xhtml h, List<String> streams) {
        if (streams == null) {
            h.text("all funding streams");
            return;
        }
        for (int i = 0; i < streams.size(); i++) {
            if (i > 0) {
                h.text(", ");
            }
            h.element("span", streams.get(i), "data-figure", "fundingStreams[" + i + "]");
        }
    }

    private static Xhtml row(Xhtml h, String name) {
        return h.open("tr").element("th", name, "scope", "row").open("td");
    }

    private static void end(Xhtml h) {
        h.close("td").close("tr");
    }
}
