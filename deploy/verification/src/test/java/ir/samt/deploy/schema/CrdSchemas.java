package ir.samt.deploy.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The operators' CustomResourceDefinitions (Strimzi, CloudNativePG, the Barman Cloud plugin, Prometheus
 * Operator), as released, turned into strict JSON schemas: an object schema that neither lists
 * {@code additionalProperties} nor carries {@code x-kubernetes-preserve-unknown-fields: true} gets
 * {@code additionalProperties: false}, because the API server prunes such fields silently and
 * {@code kubectl apply --validate=strict} refuses them. Only the versions a CRD marks {@code served} exist.
 * Not checked: CEL rules (x-kubernetes-validations); ObjectMeta is checked by {@link CoreKindSchemas}'s models.
 */
final class CrdSchemas {

    private record Key(String apiVersion, String kind) {
    }

    private final Map<Key, JsonSchema> schemas = new HashMap<>();
    private final Set<String> groups = new HashSet<>();
    private final List<String> sources = new ArrayList<>();

    /** The CRDs of the given folders (files ending in .yaml, those the filter accepts). */
    static CrdSchemas load(List<Path> directories, java.util.function.Predicate<Path> accept) {
        CrdSchemas crds = new CrdSchemas();
        for (Path directory : directories) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).filter(accept).sorted().toList()) {
                    crds.add(new YAMLMapper().readTree(file.toFile()), file.getFileName().toString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the CRDs in " + directory, e);
            }
        }
        return crds;
    }

    boolean hasGroup(String group) {
        return groups.contains(group);
    }

    private void add(JsonNode crd, String source) {
        if (!"CustomResourceDefinition".equals(crd.path("kind").asText())) {
            throw new IllegalArgumentException(source + " is not a CustomResourceDefinition");
        }
        String group = crd.path("spec").path("group").asText();
        String kind = crd.path("spec").path("names").path("kind").asText();
        groups.add(group);
        sources.add(source);
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        for (JsonNode version : crd.path("spec").path("versions")) {
            if (!version.path("served").asBoolean(false)) {
                continue; // like v1beta2 in Strimzi 1.x: the API server answers "no matches for kind"
            }
            ObjectNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
            // ObjectMeta is the API server's, not the CRD's: CRDs declare it as a bare object
            ((ObjectNode) schema.with("properties")).set("metadata", JsonNodeFactory.instance.objectNode());
            strict(schema);
            schemas.put(new Key(group + "/" + version.path("name").asText(), kind), factory.getSchema(schema));
        }
    }

    /** additionalProperties: false wherever Kubernetes would prune; int-or-string as JSON Schema knows it. */
    private static void strict(JsonNode node) {
        if (node instanceof ObjectNode schema) {
            if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
                schema.remove("type");
                ArrayNode anyOf = schema.putArray("anyOf");
                anyOf.addObject().put("type", "integer");
                anyOf.addObject().put("type", "string");
            }
            boolean object = "object".equals(schema.path("type").asText()) || schema.has("properties");
            boolean open = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)
                    || schema.has("additionalProperties");
            if (object && !open) {
                schema.put("additionalProperties", false);
            }
            schema.path("properties").forEach(CrdSchemas::strict);
            strict(schema.path("items"));
            strict(schema.path("additionalProperties"));
            for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
                schema.path(combinator).forEach(CrdSchemas::strict);
            }
        }
    }

    boolean ownsGroupOf(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash > 0 && groups.contains(apiVersion.substring(0, slash));
    }

    List<String> sources() {
        return List.copyOf(sources);
    }

    /** Why the API server (with the operators' CRDs installed) would refuse the object, or empty. */
    Optional<String> violation(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        JsonSchema schema = schemas.get(new Key(apiVersion, kind));
        if (schema == null) {
            return Optional.of("no served CRD version " + apiVersion + " for kind " + kind);
        }
        Set<ValidationMessage> messages = schema.validate(object);
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(messages.stream().map(ValidationMessage::getMessage).sorted().toList().toString());
    }
}
