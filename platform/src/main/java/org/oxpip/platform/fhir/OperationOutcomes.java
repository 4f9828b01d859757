package org.oxpip.platform.fhir;

import java.util.Map;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.oxpip.platform.problem.Problem;

/**
 * A problem document as a FHIR OperationOutcome, for the FHIR routes: the same words (ours, never a submitted
 * value), one issue per field error with the field as its {@code expression}, else one issue for the problem. The
 * issue type follows the status (FHIR R4 valueset-issue-type; http.html for the status codes).
 */
public final class OperationOutcomes {

    private static final Map<Integer, IssueType> TYPES = Map.ofEntries(
            Map.entry(400, IssueType.INVALID),
            Map.entry(401, IssueType.LOGIN),
            Map.entry(403, IssueType.FORBIDDEN),
            Map.entry(404, IssueType.NOTFOUND),
            Map.entry(405, IssueType.NOTSUPPORTED),
            Map.entry(406, IssueType.NOTSUPPORTED),
            Map.entry(409, IssueType.CONFLICT),
            Map.entry(412, IssueType.CONFLICT),
            Map.entry(413, IssueType.TOOCOSTLY),
            Map.entry(415, IssueType.NOTSUPPORTED),
            Map.entry(422, IssueType.BUSINESSRULE),
            Map.entry(503, IssueType.TRANSIENT));

    private OperationOutcomes() {}

    public static OperationOutcome of(Problem problem) {
        OperationOutcome outcome = new OperationOutcome();
        IssueSeverity severity = problem.status() >= 500 ? IssueSeverity.FATAL : IssueSeverity.ERROR;
        IssueType type = TYPES.getOrDefault(
                problem.status(), problem.status() >= 500 ? IssueType.EXCEPTION : IssueType.PROCESSING);
        if (problem.errors().isEmpty()) {
            outcome.addIssue()
                    .setSeverity(severity)
                    .setCode(type)
                    .setDiagnostics(
                            problem.detail() == null ? problem.title() : problem.title() + ": " + problem.detail());
        }
        for (Problem.FieldError error : problem.errors()) {
            outcome.addIssue()
                    .setSeverity(severity)
                    .setCode(type)
                    .setDiagnostics(error.message())
                    .addExpression(error.field());
        }
        return outcome;
    }
}
