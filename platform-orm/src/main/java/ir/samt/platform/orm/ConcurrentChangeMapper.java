package ir.samt.platform.orm;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import ir.samt.platform.problem.Problem;
import ir.samt.platform.problem.ProblemMappers;

/** Two officers changed the same record at once: the later one's version check failed (409, never a 500). */
public class ConcurrentChangeMapper {

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response concurrentChange(Exception e, UriInfo uri) {
        return ProblemMappers.respond(Problem.of(409, "concurrent-change", "Concurrent change",
                "Someone else changed this record at the same time; read it again and retry"), uri);
    }
}
