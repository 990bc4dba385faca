package ir.samt.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import ir.samt.contracts.json.Count;
import ir.samt.contracts.json.IsoDate;
import ir.samt.contracts.json.Rials;
import ir.samt.contracts.units.StagnationReason;

/**
 * The records and docs/asyncapi.yaml describe the same messages: every event type is documented with
 * its record's data schema, and each record's fields have the schema's names, types, required list and
 * nullability. Change one without the other and this fails.
 *
 * <p>The {@code data} of each message must match field for field. Objects nested in it are checked for
 * what the schema says about them (the totals' {@code province}, {@code years}): the schema leaves them
 * open where they are the stats read API's shapes, documented by its OpenAPI document.
 */
class ContractMatchesAsyncApiTest {

    private static final JsonNode DOCUMENT = load();

    @Test
    void everyEventTypeIsAMessageOfTheDocumentAndNoMore() {
        assertThat(dataSchemasByType().keySet())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(EventType.values()).map(EventType::type).toList());
    }

    @Test
    void everyRecordHasTheFieldsTypesAndRequiredListOfItsDataSchema() {
        Set<String> mismatches = new LinkedHashSet<>(); // the four permit types share one schema, and so on
        dataSchemasByType().forEach((type, schema) -> {
            EventType eventType = EventType.of(type).orElseThrow();
            compare(eventType.dataType().getSimpleName(), eventType.dataType(), schema, true, mismatches);
        });
        assertThat(mismatches).isEmpty();
    }

    /** {@code data} schema of every message, by the CloudEvents types it lists ({@code type: enum} or {@code const}). */
    private static Map<String, JsonNode> dataSchemasByType() {
        Map<String, JsonNode> byType = new HashMap<>();
        for (JsonNode message : DOCUMENT.at("/components/messages")) {
            JsonNode payload = resolve(message.at("/payload"));
            for (JsonNode part : payload.path("allOf")) {
                JsonNode properties = resolve(part).path("properties");
                if (!properties.has("data")) {
                    continue;
                }
                JsonNode type = properties.path("type");
                List<String> types = new ArrayList<>();
                type.path("enum").forEach(t -> types.add(t.asText()));
                if (type.has("const")) {
                    types.add(type.path("const").asText());
                }
                types.forEach(t -> byType.put(t, resolve(properties.path("data"))));
            }
        }
        return byType;
    }

    private static void compare(String where, Class<?> record, JsonNode schema, boolean allFields, Set<String> mismatches) {
        JsonNode properties = schema.path("properties");
        Map<String, RecordComponent> components = new HashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            components.put(component.getName(), component);
        }
        Set<String> documented = new TreeSet<>();
        properties.fieldNames().forEachRemaining(documented::add);
        if (allFields && !documented.equals(new TreeSet<>(components.keySet()))) {
            mismatches.add(where + ": fields " + new TreeSet<>(components.keySet()) + ", schema " + documented);
        }
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        Set<String> named = new TreeSet<>(documented);
        named.addAll(required);
        for (String name : named) {
            RecordComponent component = components.get(name);
            if (component == null) {
                mismatches.add(where + "." + name + ": in the schema, not in the record");
                continue;
            }
            Method accessor = component.getAccessor();
            JsonProperty property = accessor.getAnnotation(JsonProperty.class);
            boolean requiredInRecord = property != null && property.required();
            if (requiredInRecord != required.contains(name)) {
                mismatches.add(where + "." + name + ": required " + requiredInRecord + " in the record, "
                        + required.contains(name) + " in the schema");
            }
            if (!documented.contains(name)) {
                continue; // required by the schema without saying more about it
            }
            JsonInclude include = accessor.getAnnotation(JsonInclude.class);
            boolean leftOutWhenNull = include != null && include.value() == JsonInclude.Include.NON_NULL;
            // a field written even when null must allow null, unless the schema requires it (then it never is)
            boolean writtenAsNull = !requiredInRecord && !leftOutWhenNull && !component.getType().isPrimitive();
            Resolved resolved = Resolved.of(properties.path(name));
            if (resolved.nullable() != writtenAsNull) {
                mismatches.add(where + "." + name + ": null " + (writtenAsNull ? "written" : "never written")
                        + ", schema " + (resolved.nullable() ? "allows" : "refuses") + " null");
            }
            compareType(where + "." + name, component.getGenericType(), accessor, resolved, mismatches);
        }
    }

    private static void compareType(String where, Type type, Method accessor, Resolved schema, Set<String> mismatches) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        String expected;
        if (raw == BigInteger.class || raw == LocalDate.class) {
            Class<? extends java.lang.annotation.Annotation> rule = raw == BigInteger.class ? Rials.class : IsoDate.class;
            if (accessor == null || !accessor.isAnnotationPresent(rule)) {
                mismatches.add(where + ": a " + raw.getSimpleName() + " needs @" + rule.getSimpleName());
                return;
            }
            expected = raw == BigInteger.class ? "ref Rials" : "ref Date";
        } else if (raw == UUID.class) {
            expected = "ref Uuid";
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            expected = "integer";
            boolean counted = accessor != null && accessor.isAnnotationPresent(Count.class);
            if (counted != (schema.node().path("minimum").asInt(-1) == 0 && raw == Integer.class)) {
                mismatches.add(where + ": @Count must mark exactly the integers the schema bounds at 0");
            }
        } else if (raw == String.class) {
            expected = "string";
        } else if (raw.isEnum() || raw == StagnationReason.class) {
            Set<String> names = new LinkedHashSet<>();
            if (raw.isEnum()) {
                Arrays.stream(raw.getEnumConstants()).forEach(c -> names.add(((Enum<?>) c).name()));
            } else {
                StagnationReason.KNOWN.forEach(r -> names.add(r.name()));
            }
            Set<String> documented = new LinkedHashSet<>();
            schema.node().path("enum").forEach(v -> {
                if (!v.isNull()) {
                    documented.add(v.asText());
                }
            });
            if (!names.equals(documented)) {
                mismatches.add(where + ": values " + names + ", schema " + documented);
            }
            return;
        } else if (raw == List.class) {
            expected = "array";
            Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
            compareType(where + "[]", item, null, Resolved.of(schema.node().path("items")), mismatches);
        } else if (raw == Map.class) {
            expected = "object";
            JsonNode values = schema.node().path("additionalProperties");
            Type value = ((ParameterizedType) type).getActualTypeArguments()[1];
            if (values.isObject() && value instanceof Class<?> c && c.isRecord()) {
                compare(where + "{}", c, resolve(values), false, mismatches);
            }
        } else if (raw.isRecord()) {
            expected = "object";
            compare(where, raw, schema.node(), false, mismatches);
        } else {
            mismatches.add(where + ": no rule for " + type);
            return;
        }
        if (!expected.equals(schema.describe())) {
            mismatches.add(where + ": " + expected + " in the record, " + schema.describe() + " in the schema");
        }
    }

    /** A property's schema without its null branch, and the named schema it refers to, if any. */
    private record Resolved(JsonNode node, String ref, boolean nullable) {

        static final Set<String> WIRE_RULES = Set.of("Rials", "Date", "Uuid");

        static Resolved of(JsonNode property) {
            boolean nullable = false;
            JsonNode node = property;
            for (JsonNode option : property.path("oneOf")) {
                if ("null".equals(option.path("type").asText())) {
                    nullable = true;
                } else {
                    node = option;
                }
            }
            for (JsonNode value : node.path("enum")) {
                nullable |= value.isNull();
            }
            for (JsonNode type : node.path("type")) {
                nullable |= "null".equals(type.asText());
            }
            String ref = node.has("$ref") ? node.path("$ref").asText().replace("#/components/schemas/", "") : null;
            return new Resolved(resolve(node), ref, nullable);
        }

        /** The contract's wire rules by the schema's name, anything else by its JSON type. */
        String describe() {
            if (ref != null && WIRE_RULES.contains(ref)) {
                return "ref " + ref;
            }
            JsonNode type = node.path("type");
            if (type.isArray()) {
                for (JsonNode t : type) {
                    if (!"null".equals(t.asText())) {
                        return t.asText();
                    }
                }
            }
            return type.asText(node.has("const") || node.has("enum") ? "string" : "");
        }
    }

    private static JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = DOCUMENT.at(node.path("$ref").asText().substring(1));
        }
        return node;
    }

    private static JsonNode load() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/asyncapi.yaml"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("docs/asyncapi.yaml above " + Path.of("").toAbsolutePath()).isNotNull();
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(dir.resolve("docs/asyncapi.yaml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
