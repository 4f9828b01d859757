package org.oxpip.reporting.fhir;

import java.util.List;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.reporting.report.ReportParameters;
import org.oxpip.reporting.report.ReportQuery;

/**
 * The MeasureReport search's parameters: {@code period=YYYY-MM-DD/YYYY-MM-DD} (an ISO 8601 interval of two dates,
 * both included, as the JSON report's from and to) and an optional {@code fundingStream}. They are read by the JSON
 * report's own rules (ReportParameters); its refusals of from and to are said of period.
 */
final class MeasureReportSearch {

    static final String PERIOD = "period";
    static final String FUNDING_STREAM = "fundingStream";

    private MeasureReportSearch() {}

    static ReportQuery query(String period, String fundingStream) {
        if (period == null || period.isBlank()) {
            throw ProblemException.invalid(PERIOD, "is required: YYYY-MM-DD/YYYY-MM-DD (first and last day)");
        }
        String[] days = period.trim().split("/", -1);
        if (days.length != 2) {
            throw ProblemException.invalid(PERIOD, "must be YYYY-MM-DD/YYYY-MM-DD (first and last day)");
        }
        try {
            return ReportParameters.query(days[0], days[1], fundingStream, null);
        } catch (ProblemException e) {
            Problem problem = e.problem();
            if (problem.errors().isEmpty()) {
                throw e;
            }
            List<Problem.FieldError> errors = problem.errors().stream()
                    .map(error -> new Problem.FieldError(asked(error.field()), said(error)))
                    .distinct()
                    .toList();
            throw ProblemException.invalid(errors);
        }
    }

    private static String said(Problem.FieldError error) {
        return error.message().contains("before from") ? "its last day must not be before its first" : error.message();
    }

    private static String asked(String field) {
        return field.equals("from") || field.equals("to") ? PERIOD : field;
    }
}
