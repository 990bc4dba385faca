package ir.samt.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;
import ir.samt.platform.problem.Problem;

/**
 * A body beyond {@code quarkus.http.limits.max-body-size} is refused by Vert.x before any resource or
 * exception mapper runs, with an empty 413. Clients get the same RFC 9457 problem as for every other
 * refusal. (A request line or headers beyond the server's limits, 414 and 431, are refused while the
 * request is still being decoded, before routing: those stay as Vert.x sends them.)
 */
@ApplicationScoped
public class HttpLimitProblems {

    @Inject
    ObjectMapper mapper;

    void addProblemBodies(@Observes Router router) {
        router.errorHandler(413, context -> {
            Problem problem = Problem.of(413, "body-too-large", "Request body too large",
                    "The request body is larger than this server accepts").withInstance(context.request().path());
            String body;
            try {
                body = mapper.writeValueAsString(problem);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
        });
    }
}
