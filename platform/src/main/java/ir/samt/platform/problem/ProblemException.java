package ir.samt.platform.problem;

import java.util.List;

/**
 * Thrown by domain code for an expected refusal (not found, illegal transition, conflict);
 * {@link ProblemMappers} turns it into the matching problem detail. Domain classes stay free of
 * HTTP types and tests can assert on the problem directly.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Problem.of(404, "not-found", what + " not found", what + " " + id + " does not exist"));
    }

    public static ProblemException conflict(String slug, String title, String detail) {
        return new ProblemException(Problem.of(409, slug, title, detail));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of(400, "invalid-request", "Invalid request", field + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail));
    }
}
