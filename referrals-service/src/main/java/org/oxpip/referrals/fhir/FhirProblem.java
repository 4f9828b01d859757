package org.oxpip.referrals.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.StringType;

/**
 * A FHIR route's refusal: its HTTP status and the OperationOutcome that explains it. Every issue is an
 * error, points at the element (FHIRPath in {@code expression}) and says what is wrong in our words only,
 * never repeating a value that was sent.
 */
public class FhirProblem extends RuntimeException {

    private final int status;
    private final transient OperationOutcome outcome;

    public FhirProblem(int status, IssueType type, List<Issue> issues) {
        super("FHIR request refused with " + status, null, false, false);
        this.status = status;
        this.outcome = outcome(type, issues);
    }

    /** Not FHIR, or not a Bundle: the body could not be read as the resource the route takes. */
    public static FhirProblem unreadable(String expression, String message) {
        return new FhirProblem(400, IssueType.STRUCTURE, List.of(new Issue(expression, message)));
    }

    /** A well-formed Bundle that is not a referral this service can take (FHIR's 422 for a create). */
    public static FhirProblem unprocessable(List<Issue> issues) {
        return new FhirProblem(422, IssueType.INVALID, issues);
    }

    public static FhirProblem notFound() {
        return new FhirProblem(
                404, IssueType.NOTFOUND, List.of(new Issue(null, "No such ServiceRequest, or not yours to see")));
    }

    public int status() {
        return status;
    }

    public OperationOutcome outcome() {
        return outcome;
    }

    static OperationOutcome outcome(IssueType type, List<Issue> issues) {
        OperationOutcome outcome = new OperationOutcome();
        for (Issue issue : issues) {
            OperationOutcome.OperationOutcomeIssueComponent component = outcome.addIssue()
                    .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                    .setCode(type)
                    .setDiagnostics(issue.message());
            if (issue.expression() != null) {
                component.addExpression(issue.expression());
            }
        }
        if (issues.isEmpty()) {
            outcome.addIssue()
                    .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                    .setCode(type)
                    .setDiagnostics("The request was refused");
        }
        return outcome;
    }

    /** The expressions of an outcome, for tests and logs (never the diagnostics' values: there are none). */
    public static List<String> expressions(OperationOutcome outcome) {
        return outcome.getIssue().stream()
                .flatMap(i -> i.getExpression().stream())
                .map(StringType::getValue)
                .toList();
    }
}
