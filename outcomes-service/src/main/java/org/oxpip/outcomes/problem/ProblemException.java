package org.oxpip.outcomes.problem;

import java.util.List;

/** Thrown by the domain and resources to answer with a problem; never carries personal data. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound() {
        return new ProblemException(Problem.of(404, "not-found", "Not found", "No such resource, or not yours to see"));
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(Problem.of(409, slug, "Conflict", detail));
    }

    public static ProblemException unprocessable(String slug, String detail) {
        return new ProblemException(Problem.of(422, slug, "Refused by a business rule", detail));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(Problem.invalid(errors));
    }

    public static ProblemException bodyRequired() {
        return new ProblemException(Problem.of(400, "body-required", "Invalid request", "A JSON body is required"));
    }

    /** 428 (RFC 6585): a change must say which version it changes. */
    public static ProblemException preconditionRequired() {
        return new ProblemException(Problem.of(428, "if-match-required", "Precondition required",
                "Send If-Match with the ETag of the version you are changing"));
    }

    /** 412: someone changed the record since the caller read it. */
    public static ProblemException stale() {
        return new ProblemException(Problem.of(412, "stale-version", "Precondition failed",
                "The record has changed since you read it: read it again and reapply your change"));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.invalid(List.of(new Problem.FieldError(field, message))));
    }
}
