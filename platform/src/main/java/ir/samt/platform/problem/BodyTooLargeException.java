package ir.samt.platform.problem;

import java.io.IOException;

/**
 * A request body above the endpoint's limit. An {@link IOException}, because it is thrown from the
 * body's stream while a reader (Jackson) consumes it, and readers pass I/O failures through.
 */
public class BodyTooLargeException extends IOException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("Request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    public Problem problem() {
        return Problem.of(413, "body-too-large", "Request body too large",
                "This endpoint accepts request bodies of at most " + limit + " bytes");
    }
}
