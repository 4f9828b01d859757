package org.oxpip.reporting.report;

import java.util.List;
import org.oxpip.reporting.report.FeedbackFigures.ApprovedQuote;

/**
 * The approved quotes an impact report prints for its reader. Under disclosure control (a funder, or a manager's
 * copy for publication) only when at least {@value #MIN_FEEDBACK} feedback forms were received in the streams and
 * period: in a smaller cohort a parent's words could single out a family. With an area, none (quotes carry no
 * area).
 *
 * @param withheld quotes were approved but are not printed, because too few forms were received
 */
public record PrintedQuotes(List<ApprovedQuote> quotes, boolean withheld) {

    public static final int MIN_FEEDBACK = 5;

    static PrintedQuotes of(FeedbackFigures figures, boolean exact) {
        if (exact || figures.received() >= MIN_FEEDBACK) {
            return new PrintedQuotes(figures.quotes(), false);
        }
        return new PrintedQuotes(List.of(), !figures.quotes().isEmpty());
    }
}
