package ir.samt.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks real Kafka records against docs/asyncapi.yaml, the contract other systems code against,
 * so the document and the services cannot drift apart unnoticed.
 */
public final class AsyncApiContract {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;

    private AsyncApiContract(JsonNode document) {
        this.document = document;
    }

    /** Finds docs/asyncapi.yaml from a module's working directory (tests run inside the module). */
    public static AsyncApiContract load() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/asyncapi.yaml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("docs/asyncapi.yaml not found above " + Path.of("").toAbsolutePath());
        }
        try {
            return new AsyncApiContract(YAML.readTree(dir.resolve("docs/asyncapi.yaml").toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The topics the document declares: every channel's address. */
    public Set<String> channelAddresses() {
        Set<String> addresses = new java.util.TreeSet<>();
        document.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        return addresses;
    }

    /** The violations of {@code json} against {@code components.schemas.<schemaName>}; empty when it conforms. */
    public Set<String> violations(String schemaName, String json) {
        try {
            // the schema is validated inside the whole document so its #/components/... references resolve
            ObjectNode root = (ObjectNode) document.deepCopy();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("$ref", JSON.getNodeFactory().textNode("#/components/schemas/" + schemaName));
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
            Set<ValidationMessage> messages = schema.validate(JSON.readTree(json));
            return messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
