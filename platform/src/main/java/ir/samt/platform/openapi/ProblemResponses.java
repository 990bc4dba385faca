package ir.samt.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import ir.samt.platform.idempotency.IdempotentRequests;
import ir.samt.platform.problem.DatabaseFailures;
import ir.samt.platform.problem.Problem;

/**
 * Documents every refusal an operation can answer as the RFC 9457 problem it is
 * ({@code application/problem+json}, schema {@code Problem}), so a client generated from the document
 * knows the error type; and says "public" explicitly where an operation has no security.
 *
 * <p>The statuses the platform itself answers follow from what the operation declares, so a new
 * endpoint is documented right without anyone remembering to:
 * <ul>
 * <li>a security requirement naming a scheme: 401 (no or bad token) and 403 (roles, province claim);</li>
 * <li>a JSON request body: 400 (malformed JSON, a field that breaks a rule); any request body: 413, 415;</li>
 * <li>a query parameter other than a boolean (every such parameter is checked: enums, numbers, dates,
 *     province codes, the text rule; a boolean reads anything but {@code true} as false): 400;</li>
 * <li>a UUID path parameter: 400 (not a UUID) and 404 (no such record);</li>
 * <li>the {@code Idempotency-Key} header: 400 (too long), 409 (the same key in flight, or a concurrent
 *     change), 422 (the key reused with another body);</li>
 * <li>every operation: 503 with {@code Retry-After} while the database is unavailable — except one
 *     marked {@link #NO_DATABASE}.</li>
 * </ul>
 * What only the resource knows (a 404 for an unknown code in a text path parameter, a 409 of its own)
 * it declares with {@code @APIResponse}; this filter gives that response the problem body too.
 * Runs at build time, so the stored documents ({@code target/openapi}) that the build lints and the
 * scenario generates its clients from are exactly what {@code /q/openapi} serves.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    /** Operation extension ({@code @Extension(name = NO_DATABASE, value = "true")}): the operation never reads the database, so never answers 503. */
    public static final String NO_DATABASE = "x-samt-no-database";

    static final String PROBLEM_SCHEMA = "Problem";
    static final String FIELD_ERROR_SCHEMA = "FieldError";

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "400", "Bad input: malformed JSON, or a field, parameter or header that breaks a rule (errors[] names each field)",
            "401", "No bearer token, or one that is invalid or expired",
            "403", "The token's roles or province claim do not allow this",
            "404", "No such record",
            "409", "Conflict: the record's state does not allow this (illegal-transition), it already exists (duplicate), "
                    + "someone changed it at the same time (concurrent-change), or a request with this Idempotency-Key "
                    + "is still in progress; read again and retry",
            "413", "Request body too large",
            "415", "Unsupported Content-Type",
            "422", "This Idempotency-Key was already used with a different request body",
            "503", "The database or a service this one depends on is briefly unavailable; retry after Retry-After seconds");
    /** Descriptions Quarkus gives the responses it adds by itself; replaced by what the platform answers. */
    private static final Set<String> GENERIC_DESCRIPTIONS = Set.of("Bad Request", "Not Authorized", "Not Allowed");
    private static final String OPTIONAL_TOKEN = " (only where reads require a token)";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PROBLEM_SCHEMA, problemSchema()).addSchema(FIELD_ERROR_SCHEMA, fieldErrorSchema());
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                document(operation);
            }
        }
    }

    private static void document(Operation operation) {
        if (operation.getSecurity() == null) {
            operation.setSecurity(new ArrayList<>()); // public: "security: []", not undeclared
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean optionalToken = optionalToken(operation);
        for (String status : inferredStatuses(operation)) {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse());
            }
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                asProblem(status, response, optionalToken);
            }
        });
        describeIdempotencyKey(operation);
        if (operation.getExtensions() != null) {
            operation.removeExtension(NO_DATABASE);
        }
    }

    static Set<String> inferredStatuses(Operation operation) {
        Set<String> statuses = new TreeSet<>();
        if (secured(operation)) {
            statuses.addAll(List.of("401", "403"));
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            var mediaTypes = operation.getRequestBody().getContent().getMediaTypes().keySet();
            if (mediaTypes.stream().anyMatch(type -> type.equals("application/json") || type.endsWith("+json"))) {
                statuses.add("400");
            }
            statuses.addAll(List.of("413", "415"));
        }
        for (Parameter parameter : parameters(operation)) {
            if (parameter.getIn() == Parameter.In.QUERY && !isBoolean(parameter.getSchema())) {
                statuses.add("400");
            }
            if (parameter.getIn() == Parameter.In.PATH && isUuid(parameter.getSchema())) {
                statuses.addAll(List.of("400", "404"));
            }
            if (parameter.getIn() == Parameter.In.HEADER && IdempotentRequests.HEADER.equalsIgnoreCase(parameter.getName())) {
                statuses.addAll(List.of("400", "409", "422"));
            }
        }
        if (operation.getExtensions() == null || !"true".equals(String.valueOf(operation.getExtensions().get(NO_DATABASE)))) {
            statuses.add("503");
        }
        return statuses;
    }

    private static void asProblem(String status, APIResponse response, boolean optionalToken) {
        String description = response.getDescription();
        if (description == null || description.isBlank() || GENERIC_DESCRIPTIONS.contains(description)) {
            description = DESCRIPTIONS.getOrDefault(status, "Refused");
            if (optionalToken && (status.equals("401") || status.equals("403"))) {
                description += OPTIONAL_TOKEN;
            }
            response.setDescription(description);
        }
        response.setContent(problemContent());
        if (status.equals("401")) {
            response.addHeader("WWW-Authenticate", header("The scheme to authenticate with", "Bearer"));
        }
        if (status.equals("503")) {
            response.addHeader("Retry-After", header("Seconds to wait before retrying", Integer.toString(DatabaseFailures.RETRY_AFTER_SECONDS)));
        }
    }

    private static void describeIdempotencyKey(Operation operation) {
        for (Parameter parameter : parameters(operation)) {
            if (parameter.getIn() == Parameter.In.HEADER && IdempotentRequests.HEADER.equalsIgnoreCase(parameter.getName())
                    && parameter.getDescription() == null) {
                parameter.setDescription("Makes a retry safe: the first response is stored with the change and a retry with the "
                        + "same key and body gets it back (header Idempotent-Replayed) without a second change. "
                        + "At most 200 characters; a UUID is a good key.");
                parameter.getSchema().setMaxLength(200);
            }
        }
    }

    private static boolean secured(Operation operation) {
        return operation.getSecurity().stream().anyMatch(requirement -> !requirement.getSchemes().isEmpty());
    }

    /** Security {@code [{}, {jwt: []}]}: anonymous calls are accepted, and a token where the deployment requires one. */
    private static boolean optionalToken(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        return secured(operation) && security.stream().anyMatch(requirement -> requirement.getSchemes().isEmpty());
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    private static boolean isBoolean(Schema schema) {
        return schema != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.BOOLEAN);
    }

    private static boolean isUuid(Schema schema) {
        return schema != null && ("#/components/schemas/UUID".equals(schema.getRef()) || "uuid".equals(schema.getFormat()));
    }

    private static Header header(String description, String example) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).examples(List.of(example)));
    }

    /** {@link Problem} as clients see it. */
    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, served as application/problem+json")
                .required(List.of("type", "title", "status"))
                .addProperty("type", string("A URI naming the kind of problem, e.g. https://samt.ir/problems/invalid-request")
                        .format("uri"))
                .addProperty("title", string("Short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .description("The HTTP status"))
                .addProperty("detail", string("What went wrong with this request"))
                .addProperty("instance", string("The request path"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("One entry per invalid field, parameter or header")
                        .items(OASFactory.createSchema().ref(FIELD_ERROR_SCHEMA)));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).required(List.of("field", "message"))
                .addProperty("field", string("JSON path of the field (holder.nationalId), or the parameter's or header's name"))
                .addProperty("message", string("What is wrong with it"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }
}
