package ir.samt.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * A body beyond {@code quarkus.http.limits.max-body-size} is refused by Vert.x before any resource or
 * exception mapper runs, with an empty 413. Clients get the same RFC 9457 problem as for every other
 * refusal. (A request line or headers beyond the server's limits, 414 and 431, are refused while the
 * request is still being decoded, before routing: those stay as Vert.x sends them.)
 */
@ApplicationScoped
public class HttpLimitProblems {

    void addProblemBodies(@Observes Router router) {
        router.errorHandler(413, context -> context.response()
                .setStatusCode(413)
                .putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject()
                        .put("type", "https://samt.ir/problems/body-too-large")
                        .put("title", "Request body too large")
                        .put("status", 413)
                        .put("detail", "The request body is larger than this server accepts")
                        .put("instance", context.request().path())
                        .encode()));
    }
}
