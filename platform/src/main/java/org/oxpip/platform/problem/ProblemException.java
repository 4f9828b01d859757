package org.oxpip.platform.problem;

import java.util.List;

/**
 * Thrown by the domain and resources to answer with a problem. It carries our own words only, never
 * personal data or input values, and no stack trace (it is an answer, not a failure).
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** 404 for a record that does not exist and for one the caller may not see, so neither is revealed. */
    public static ProblemException notFound() {
        return new ProblemException(Problem.of(404, "not-found", "Not found", "No such resource, or not yours to see"));
    }

    /** 403 from a rule about the caller beyond its role (for example an agency or funding stream). */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail));
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(Problem.of(409, slug, "Conflict", detail));
    }

    public static ProblemException unprocessable(String slug, String detail) {
        return new ProblemException(Problem.of(422, slug, "Refused by a business rule", detail));
    }

    public static ProblemException unavailable(String slug, String detail) {
        return new ProblemException(Problem.unavailable(slug, detail));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(Problem.invalid(errors));
    }

    public static ProblemException bodyRequired() {
        return new ProblemException(Problem.of(400, "body-required", "Invalid request", "A JSON body is required"));
    }

    /** 400 for a body that cannot be read as JSON at all; the detail says why in general terms. */
    public static ProblemException malformedJson(String detail) {
        return new ProblemException(Problem.of(400, "malformed-json", "Malformed JSON", detail));
    }
}
