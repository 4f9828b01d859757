package org.oxpip.reporting.report;

import org.oxpip.platform.problem.ProblemException;

/**
 * Funders' periods are whole calendar months. A period of a few days, for one area, could otherwise
 * narrow a count down to a family whose referral date somebody knows; months keep every published
 * figure about a month's worth of families at least.
 */
final class WholeMonths {

    private WholeMonths() {}

    static void check(ReportQuery query) {
        boolean startsOnFirst = query.from().getDayOfMonth() == 1;
        boolean endsOnLast = query.to().getDayOfMonth() == query.to().lengthOfMonth();
        if (!startsOnFirst || !endsOnLast) {
            throw ProblemException.unprocessable(
                    "whole-months",
                    "Funders' reports cover whole calendar months: from must be the first day of a month and to"
                            + " the last day of a month");
        }
    }
}
