package org.oxpip.reporting.report;

import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.reporting.disclosure.DisclosurePolicy;

/**
 * A report filtered to one area is published only where the disclosure policy can protect the rest: the
 * unfiltered report minus the area's gives the other areas' figures, every one of them exactly under the
 * default policy (a count of 2 in the rest is as telling as a count of 2 in the area). Managers' exact reports
 * and the nhs-england policy (rounded figures subtract to a range) may be filtered; the default policy's are
 * refused, and a funder sees areas only in referrals.byArea, a breakdown protected with its total.
 */
final class AreaReports {

    static final String DETAIL = "A report for one area is published only with exact figures (managers) or under the"
            + " nhs-england policy: under this disclosure control the whole minus the area would give the other"
            + " areas' figures. The report without an area lists received by area (referrals.byArea).";

    private AreaReports() {}

    static void check(ReportQuery query, DisclosurePolicy policy) {
        if (query.area() != null && !policy.publishesAreaReports()) {
            throw new ProblemException(Problem.of(403, "area-report-not-published", "Forbidden", DETAIL));
        }
    }
}
