package ir.samt.platform.testing.robustness;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A service's own OpenAPI document (GET /q/openapi?format=json), reduced to what the generator needs:
 * every operation with its parameters, request bodies and roles, schemas with every {@code $ref}
 * inlined. Reading the document instead of listing endpoints by hand means a new endpoint is
 * attacked the day it is added.
 */
public final class OpenApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Deeper than any real schema here; stops a recursive schema from inlining forever. */
    private static final int MAX_DEPTH = 12;

    private final JsonNode root;
    private final List<ApiOperation> operations = new ArrayList<>();

    /** One parameter of an operation: {@code in} is path, query or header. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** One operation; {@code bodies} maps each accepted media type to its (inlined) schema. */
    public record ApiOperation(String method, String path, List<Parameter> parameters, Map<String, JsonNode> bodies,
            boolean bodyRequired, List<String> roles, boolean secured) {

        /** How reports and the target's lists name the operation, e.g. {@code POST /permits/{id}/revocation}. */
        public String key() {
            return method + " " + path;
        }

        public boolean isWrite() {
            return !"GET".equals(method) && !"HEAD".equals(method);
        }

        public List<Parameter> parameters(String in) {
            return parameters.stream().filter(p -> p.in().equals(in)).toList();
        }

        public boolean hasJsonBody() {
            return bodies.keySet().stream().anyMatch(OpenApiDocument::isJson);
        }
    }

    private OpenApiDocument(JsonNode root) {
        this.root = root;
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                var method = methods.next();
                if (List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    operations.add(operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
                }
            }
        }
    }

    public static OpenApiDocument parse(String json) {
        try {
            return new OpenApiDocument(JSON.readTree(json));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Not an OpenAPI JSON document", e);
        }
    }

    public List<ApiOperation> operations() {
        return operations;
    }

    /**
     * The documented {@code maxLength} of every request field, by field name (the largest if two
     * request schemas share a name), so a stored record's text can be checked against what the API
     * promised, wherever the field appears in a response.
     */
    public Map<String, Integer> maxLengthByFieldName() {
        Map<String, Integer> limits = new TreeMap<>();
        for (ApiOperation operation : operations) {
            operation.bodies().values().forEach(schema -> collectMaxLengths(schema, limits));
        }
        return limits;
    }

    private static void collectMaxLengths(JsonNode schema, Map<String, Integer> limits) {
        schema.path("properties").fields().forEachRemaining(property -> {
            JsonNode max = property.getValue().get("maxLength");
            if (max != null && max.canConvertToInt()) {
                limits.merge(property.getKey(), max.asInt(), Math::max);
            }
            collectMaxLengths(property.getValue(), limits);
        });
        if (schema.has("items")) {
            collectMaxLengths(schema.get("items"), limits);
        }
    }

    private ApiOperation operation(String method, String path, JsonNode node) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : node.path("parameters")) {
            JsonNode p = parameter.has("$ref") ? resolveRef(parameter.get("$ref").asText()) : parameter;
            parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                    p.path("required").asBoolean(false), inline(p.path("schema"), 0)));
        }
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        JsonNode requestBody = node.path("requestBody");
        requestBody.path("content").fields().forEachRemaining(content -> {
            ObjectNode schema = inline(content.getValue().path("schema"), 0).deepCopy();
            // a media type's example (the import's CSV/NDJSON files) is the best valid body we have
            if (content.getValue().has("example")) {
                schema.set("x-media-example", content.getValue().get("example"));
            }
            bodies.put(content.getKey(), schema);
        });
        List<String> roles = new ArrayList<>();
        boolean secured = false;
        for (JsonNode requirement : node.path("security")) {
            for (JsonNode scopes : requirement) {
                secured = true;
                scopes.forEach(role -> roles.add(role.asText()));
            }
        }
        return new ApiOperation(method, path, List.copyOf(parameters), bodies, requestBody.path("required").asBoolean(false),
                List.copyOf(roles), secured);
    }

    /** A copy of {@code schema} with every {@code $ref} replaced by what it names and allOf merged. */
    private ObjectNode inline(JsonNode schema, int depth) {
        if (schema == null || !schema.isObject()) {
            return JSON.createObjectNode();
        }
        if (schema.has("$ref")) {
            return depth > MAX_DEPTH ? JSON.createObjectNode() : inline(resolveRef(schema.get("$ref").asText()), depth + 1);
        }
        ObjectNode copy = JSON.createObjectNode();
        var fields = schema.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            switch (field.getKey()) {
                case "properties" -> {
                    ObjectNode properties = copy.putObject("properties");
                    field.getValue().fields().forEachRemaining(p -> properties.set(p.getKey(), inline(p.getValue(), depth + 1)));
                }
                case "items", "additionalProperties" -> copy.set(field.getKey(),
                        field.getValue().isObject() ? inline(field.getValue(), depth + 1) : field.getValue());
                case "allOf" -> field.getValue().forEach(part -> merge(copy, inline(part, depth + 1)));
                default -> copy.set(field.getKey(), field.getValue());
            }
        }
        return copy;
    }

    private static void merge(ObjectNode into, ObjectNode part) {
        part.fields().forEachRemaining(field -> {
            if ("properties".equals(field.getKey()) && into.has("properties")) {
                ((ObjectNode) into.get("properties")).setAll((ObjectNode) field.getValue());
            } else {
                into.set(field.getKey(), field.getValue());
            }
        });
    }

    private JsonNode resolveRef(String ref) {
        if (!ref.startsWith("#/")) {
            return JSON.createObjectNode();
        }
        JsonNode node = root;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part.replace("~1", "/").replace("~0", "~"));
        }
        return node;
    }

    static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }
}
