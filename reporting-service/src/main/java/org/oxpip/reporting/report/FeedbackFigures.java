package org.oxpip.reporting.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Parents' feedback in one period, exact: questionnaires received, quotes approved (null when an area was asked
 * for: quotes carry none), and the approved quotes themselves for the impact report.
 */
public record FeedbackFigures(long received, Long quotesApproved, List<ApprovedQuote> quotes) {

    /** An approved quote as a report prints it: the words and the month of the feedback, nothing else. */
    public record ApprovedQuote(String text, LocalDate month) {}
}
