package ir.samt.platform.problem;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every error leaves every service as RFC 9457 {@code application/problem+json}: Quarkus' own
 * defaults are empty bodies or ad-hoc JSON, and an unexpected failure must never show a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        if (e.problem().status() == 503) {
            // something this service depends on is briefly away: tell clients and gateways when to retry
            return problemResponse(e.problem(), uri).header(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER_SECONDS).build();
        }
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(Problem.of(400, "invalid-request", "Invalid request", detail).withErrors(errors), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return jsonMapping(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return jsonMapping(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String message = e instanceof UnrecognizedPropertyException
                ? "is not a field of this request"
                : e.getCause() instanceof IllegalArgumentException iae && iae.getMessage() != null
                        ? iae.getMessage()
                        : "has the wrong type or format";
        if (field.isEmpty()) {
            return respond(Problem.of(400, "malformed-json", "Malformed JSON", "The request body is not the expected JSON document"), uri);
        }
        return respond(Problem.of(400, "invalid-request", "Invalid request", field + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field, message))), uri);
    }

    @ServerExceptionMapper(priority = 2)
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(Problem.of(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON: " + e.getOriginalMessage()), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e instanceof NotFoundException && e.getCause() instanceof IllegalArgumentException cause) {
            // JAX-RS answers 404 when a path or query parameter does not convert (a bad UUID or enum);
            // the resource exists, the input is wrong
            return respond(Problem.of(400, "invalid-parameter", "Invalid parameter",
                    "A path or query parameter has the wrong format: " + cause.getMessage()), uri);
        }
        BodyTooLargeException tooLarge = causeOfType(e, BodyTooLargeException.class);
        if (tooLarge != null) {
            return respond(tooLarge.problem(), uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return respond(Problem.of(status, "server-error", "Server error", "The request could not be completed"), uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Client error";
        String slug = title.toLowerCase().replace(' ', '-');
        String detail = e.getMessage();
        JsonProcessingException json = jsonCause(e);
        if (json != null || status == 400 && "HTTP 400 Bad Request".equals(detail)) {
            // the body could not be read: Quarkus REST reports unreadable JSON as a bare 400
            title = "Malformed JSON";
            slug = "malformed-json";
            detail = "The request body is not valid JSON" + (json != null ? ": " + json.getOriginalMessage() : "");
        }
        Response.ResponseBuilder builder = problemResponse(Problem.of(status, slug, title, detail), uri);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return problemResponse(Problem.of(401, "unauthorized", "Unauthorized", "A valid bearer token is required"), uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        // the JWT layer has already added WWW-Authenticate
        return respond(Problem.of(401, "unauthorized", "Unauthorized", "The bearer token is invalid or expired"), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Forbidden", "Your roles do not allow this operation"), uri);
    }

    @ServerExceptionMapper
    public Response bodyTooLarge(BodyTooLargeException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper(priority = 10000)
    public Response unexpected(Throwable e, UriInfo uri) {
        BodyTooLargeException tooLarge = causeOfType(e, BodyTooLargeException.class);
        if (tooLarge != null) {
            return respond(tooLarge.problem(), uri);
        }
        var database = DatabaseFailures.problemFor(e);
        if (database.isPresent()) {
            Problem problem = database.get();
            if (DatabaseFailures.isUnavailable(problem)) {
                LOG.warn("Database unavailable: " + e);
                return problemResponse(problem, uri).header(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER_SECONDS).build();
            }
            LOG.debug("Database refused a request", e);
            return respond(problem, uri);
        }
        LOG.error("Unexpected failure", e);
        return respond(Problem.of(500, "server-error", "Server error", "The request could not be completed"), uri);
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static JsonProcessingException jsonCause(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return json;
            }
        }
        return null;
    }

    /** The problem as a response, its instance the request's path (for mappers in other modules too). */
    public static Response respond(Problem problem, UriInfo uri) {
        return problemResponse(problem, uri).build();
    }

    private static Response.ResponseBuilder problemResponse(Problem problem, UriInfo uri) {
        Problem withInstance = uri != null ? problem.withInstance(uri.getPath()) : problem;
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(withInstance);
    }

    /** "issue.request.holder.nationalId" -> "holder.nationalId": callers know their JSON, not our method names. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new java.util.ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        nodes.removeIf(node -> node.getKind() == ElementKind.METHOD);
        if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
            nodes.remove(0); // the request body parameter: its fields are what the caller sent
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return field.length() == 0 ? violation.getPropertyPath().toString() : field.toString();
    }
}
