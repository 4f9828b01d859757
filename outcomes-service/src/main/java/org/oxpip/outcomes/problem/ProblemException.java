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

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.invalid(List.of(new Problem.FieldError(field, message))));
    }
}
