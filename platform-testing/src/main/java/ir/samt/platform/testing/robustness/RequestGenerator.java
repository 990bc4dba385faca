package ir.samt.platform.testing.robustness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import ir.samt.platform.testing.robustness.OpenApiDocument.ApiOperation;
import ir.samt.platform.testing.robustness.OpenApiDocument.Parameter;

/**
 * Builds requests from an operation's schema (or the target's valid seed), then breaks one thing
 * in them. One seeded {@link SplittableRandom} drives every choice, so a seed printed in a failing
 * run reproduces it exactly.
 */
final class RequestGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern DATE_LIKE_NAME = Pattern.compile("(?i).*(on|date|from|to|year|month|until)$");
    /** A few keys reused on purpose: the same key with another body must be refused, not crash. */
    private static final List<String> IDEMPOTENCY_KEYS = List.of("robust-1", "robust-2", "robust-3", UUID.randomUUID().toString());

    private final SplittableRandom random;
    private final RobustnessTarget target;
    private final IdPools ids;
    private final HostileTokens tokens;
    private String megabyte;
    /** Path parameters take the newest pooled value (a lifecycle step acts on the record the previous step made). */
    private boolean newest;

    RequestGenerator(SplittableRandom random, RobustnessTarget target, IdPools ids, HostileTokens tokens) {
        this.random = random;
        this.target = target;
        this.ids = ids;
        this.tokens = tokens;
    }

    /** A mutable request on its way to becoming a {@link ProbeRequest}. */
    private final class Draft {
        final ApiOperation op;
        final Attack attack;
        String method;
        final List<String> labels = new ArrayList<>();
        final Map<String, String> path = new LinkedHashMap<>();
        final List<String[]> query = new ArrayList<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        String mediaType;
        String contentType;
        JsonNode json;
        String text;
        byte[] bytes;
        boolean escapeAll;
        HostileTokens.Credential credential;

        Draft(ApiOperation op, Attack attack) {
            this.op = op;
            this.attack = attack;
            this.method = op.method();
        }

        ProbeRequest build() {
            String resolved = op.path();
            for (var value : path.entrySet()) {
                resolved = resolved.replace("{" + value.getKey() + "}", Wire.percent(value.getValue()));
            }
            StringBuilder uri = new StringBuilder(resolved);
            for (int i = 0; i < query.size(); i++) {
                uri.append(i == 0 ? '?' : '&').append(Wire.percent(query.get(i)[0])).append('=').append(Wire.percent(query.get(i)[1]));
            }
            byte[] body = bytes;
            if (body == null && json != null) {
                body = Wire.utf8Lenient(Wire.json(json, escapeAll));
            } else if (body == null && text != null) {
                body = Wire.utf8Lenient(text);
            }
            Map<String, String> sent = new LinkedHashMap<>(headers);
            if (contentType != null && body != null) {
                sent.put("Content-Type", contentType);
            }
            String credentialText = "none";
            if (credential != null && credential.header() != null) {
                sent.put("Authorization", credential.header());
                credentialText = credential.description();
            }
            String label = labels.isEmpty() ? "valid request" : String.join("; ", labels);
            return new ProbeRequest(op.key(), attack, label, method, uri.toString(), sent, credentialText, body);
        }
    }

    // ---------------------------------------------------------------- valid requests

    /** The valid request of {@code op}: a seed body, pooled ids, a credential the operation accepts. */
    private Draft baseline(ApiOperation op, Attack attack) {
        Draft d = new Draft(op, attack);
        for (Parameter p : op.parameters("path")) {
            d.path.put(p.name(), validPathValue(p));
        }
        for (Parameter p : op.parameters("query")) {
            if (p.required() || random.nextInt(4) == 0) {
                String value = validQueryValue(p);
                if (value != null) {
                    d.query.add(new String[] { p.name(), value });
                }
            }
        }
        for (Parameter p : op.parameters("header")) {
            if (p.name().equalsIgnoreCase("Idempotency-Key") && random.nextInt(3) == 0) {
                d.headers.put(p.name(), pick(IDEMPOTENCY_KEYS));
            }
        }
        if (!op.bodies().isEmpty()) {
            d.mediaType = op.hasJsonBody()
                    ? op.bodies().keySet().stream().filter(OpenApiDocument::isJson).findFirst().orElseThrow()
                    : pick(new ArrayList<>(op.bodies().keySet()));
            d.contentType = d.mediaType;
            List<String> seeds = seedsFor(op, d.mediaType);
            if (OpenApiDocument.isJson(d.mediaType)) {
                d.json = seeds.isEmpty() ? example(op.bodies().get(d.mediaType), 0) : parse(pick(seeds));
                d.escapeAll = random.nextBoolean();
            } else {
                JsonNode example = op.bodies().get(d.mediaType).path("x-media-example");
                d.text = seeds.isEmpty() ? example.asText("") : pick(seeds);
            }
        }
        d.credential = op.secured() ? tokens.valid(op, random) : null;
        return d;
    }

    private List<String> seedsFor(ApiOperation op, String mediaType) {
        List<String> all = target.seedBodies.getOrDefault(op.key(), List.of());
        // seeds of a non-JSON operation are marked "<media type>\n<body>" so one operation can have several formats
        if (!OpenApiDocument.isJson(mediaType)) {
            String prefix = mediaType + "\n";
            return all.stream().filter(s -> s.startsWith(prefix)).map(s -> s.substring(prefix.length())).toList();
        }
        return all;
    }

    private String validPathValue(Parameter p) {
        List<String> pool = ids.values(p.name());
        if (!pool.isEmpty()) {
            return newest ? pool.get(0) : pick(pool);
        }
        return "uuid".equals(p.schema().path("format").asText()) ? new UUID(random.nextLong(), random.nextLong()).toString() : p.name();
    }

    private String validQueryValue(Parameter p) {
        JsonNode schema = p.schema();
        if (schema.has("enum")) {
            return pick(schema.get("enum")).asText();
        }
        String name = p.name();
        return switch (name) {
            case "page" -> "0";
            case "size" -> "20";
            case "province" -> target.province;
            case "year" -> "1404";
            case "month" -> "1404-01";
            case "from" -> "2025-03-21";
            case "to" -> "2026-03-20";
            default -> schema.has("example") ? schema.get("example").asText()
                    : "boolean".equals(schema.path("type").asText()) ? "false" : null;
        };
    }

    /** A value for {@code schema} from its example, enum or type: what a client reading only the document would send. */
    static JsonNode example(JsonNode schema, int depth) {
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 6) {
                    schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), example(p.getValue(), depth + 1)));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 6) {
                    array.add(example(schema.path("items"), depth + 1));
                }
                return array;
            }
            case "integer", "number" -> {
                return NODES.numberNode(schema.path("minimum").asInt(1));
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            default -> {
                String format = schema.path("format").asText();
                return NODES.textNode(switch (format) {
                    case "date" -> "2025-05-10";
                    case "date-time" -> "2025-05-10T10:00:00Z";
                    case "uuid" -> UUID.randomUUID().toString();
                    default -> "x";
                });
            }
        }
    }

    // ---------------------------------------------------------------- attacks

    /** The valid request of {@code op} on the newest record of the pools. */
    ProbeRequest baselineOnNewest(ApiOperation op) {
        newest = true;
        try {
            return generate(op, Attack.BASELINE);
        } finally {
            newest = false;
        }
    }

    ProbeRequest generate(ApiOperation op, Attack attack) {
        Draft d = baseline(op, attack);
        boolean applied = switch (attack) {
            case BASELINE -> true;
            case HOSTILE_TEXT -> hostileText(d);
            case WRONG_TYPE -> wrongType(d);
            case BROKEN_JSON -> brokenJson(d);
            case NUMBERS -> numbers(d);
            case DATES -> dates(d);
            case PAGING -> paging(d);
            case PATH_IDS -> pathIds(d);
            case CONTENT_TYPE -> contentType(d);
            case OVERSIZED -> oversized(d);
            case WRONG_METHOD -> wrongMethod(d);
            case TOKENS -> token(d);
        };
        if (!applied) {
            return null;
        }
        if (attack != Attack.TOKENS && attack != Attack.BASELINE && target.noValidCredentials.containsKey(op.key())) {
            d.credential = tokens.refusedFor(op);
        }
        return d.build();
    }

    /** Whether {@code attack} has anything to break in {@code op} (the run picks another kind if not). */
    boolean applies(ApiOperation op, Attack attack) {
        return switch (attack) {
            case BASELINE, HOSTILE_TEXT, CONTENT_TYPE, OVERSIZED -> true;
            case WRONG_TYPE -> !op.bodies().isEmpty() || !op.parameters("query").isEmpty();
            case BROKEN_JSON -> op.hasJsonBody() || !op.bodies().isEmpty();
            case NUMBERS -> op.hasJsonBody() || op.parameters("query").stream().anyMatch(RequestGenerator::isNumeric);
            case DATES -> op.hasJsonBody() && hasDateField(op) || op.parameters("query").stream().anyMatch(RequestGenerator::isDateLike);
            case PAGING -> op.parameters("query").stream().anyMatch(p -> "integer".equals(p.schema().path("type").asText())
                    || "boolean".equals(p.schema().path("type").asText()));
            case PATH_IDS -> !op.parameters("path").isEmpty();
            case TOKENS, WRONG_METHOD -> true;
        };
    }

    private boolean hostileText(Draft d) {
        String value = hostileString();
        // in the URL, long text only meets the server's line limit (414) every time: OVERSIZED tests that
        String inUrl = value.length() > 250 ? value.substring(0, Character.isHighSurrogate(value.charAt(249)) ? 249 : 250) : value;
        List<Runnable> choices = new ArrayList<>();
        if (d.json != null) {
            List<Slot> strings = slots(d).stream().filter(s -> s.isText() || s.schema == null).toList();
            if (!strings.isEmpty()) {
                Slot slot = pick(strings);
                String current = slot.current(d.json) == null ? "" : slot.current(d.json).asText("");
                String text = random.nextInt(4) == 0 ? insertInto(current, value) : value;
                choices.add(() -> set(d, slot, new TextNode(text), "body." + slot.name() + " = \"" + Wire.printable(text, 60) + "\""));
            }
        }
        if (d.text != null) {
            choices.add(() -> mutateLines(d, value));
        }
        for (Parameter p : d.op.parameters("query")) {
            choices.add(() -> setQuery(d, p.name(), inUrl));
        }
        for (Parameter p : d.op.parameters("path")) {
            choices.add(() -> {
                d.path.put(p.name(), inUrl);
                d.labels.add("path " + p.name() + " = \"" + Wire.printable(inUrl, 60) + "\"");
            });
        }
        for (Parameter p : d.op.parameters("header")) {
            if (isSendableHeaderValue(value)) {
                choices.add(() -> {
                    d.headers.put(p.name(), value);
                    d.labels.add("header " + p.name() + " = \"" + Wire.printable(value, 60) + "\"");
                });
            }
        }
        if (choices.isEmpty()) {
            // no input at all: an unknown query parameter still reaches the server's parsers
            choices.add(() -> setQuery(d, "q", inUrl));
        }
        pick(choices).run();
        return true;
    }

    private String hostileString() {
        int roll = random.nextInt(10);
        if (roll < 6) {
            return pick(HostileValues.TEXT);
        }
        int length = HostileValues.LENGTHS[random.nextInt(HostileValues.LENGTHS.length)];
        String unit = pick(List.of("ب", "a", "\u0958", "😀", "ی\u200C", "\u0640", " "));
        String text = unit.repeat(Math.max(1, length / unit.length()));
        return random.nextBoolean() ? text : insertInto(text, pick(HostileValues.TEXT));
    }

    private String insertInto(String text, String fragment) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        // never split a surrogate pair of the original text: that would test our splitting, not the server
        if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
            at--;
        }
        return text.substring(0, at) + fragment + text.substring(at);
    }

    private boolean wrongType(Draft d) {
        if (d.json != null && random.nextInt(5) > 0) {
            List<Slot> slots = slots(d);
            if (random.nextInt(6) == 0 || slots.isEmpty()) {
                JsonNode top = pick(List.of(NODES.arrayNode().add(d.json), NODES.textNode("x"), NODES.numberNode(1), NODES.nullNode(),
                        NODES.booleanNode(true), NODES.arrayNode()));
                d.json = top;
                d.labels.add("body is " + Wire.printable(top.toString(), 60) + " instead of an object");
                return true;
            }
            Slot slot = pick(slots);
            JsonNode value = wrongValueFor(slot);
            set(d, slot, value, "body." + slot.name() + " = " + Wire.printable(Wire.json(value, false), 60));
            return true;
        }
        List<Parameter> params = d.op.parameters("query");
        if (params.isEmpty()) {
            return brokenJson(d);
        }
        Parameter p = pick(params);
        String value = p.schema().has("enum") ? pick(List.of("0", "1", "-1", "99", "%s".formatted(
                p.schema().get("enum").get(0).asText().toLowerCase()), "[]", "{}", "null", "true"))
                : pick(List.of("[]", "{}", "null", "true", "[1,2]", "{\"a\":1}", "1", "-1"));
        setQuery(d, p.name(), value);
        return true;
    }

    private JsonNode wrongValueFor(Slot slot) {
        List<JsonNode> values = new ArrayList<>(List.of(NODES.numberNode(12345), NODES.numberNode(-1), NODES.numberNode(1.5),
                NODES.booleanNode(true), NODES.nullNode(), NODES.arrayNode(), NODES.arrayNode().add("x"), NODES.objectNode(),
                NODES.objectNode().put("a", 1), NODES.textNode(""), NODES.textNode("x"), NODES.arrayNode().addNull(),
                NODES.arrayNode().add(NODES.arrayNode())));
        if (slot.schema != null && slot.schema.has("enum")) {
            values.addAll(List.of(NODES.numberNode(0), NODES.numberNode(1), NODES.numberNode(99), NODES.textNode("0"),
                    NODES.textNode(slot.schema.get("enum").get(0).asText().toLowerCase()), NODES.textNode("NOT_A_VALUE")));
        }
        if (slot.schema != null && "array".equals(slot.schema.path("type").asText())) {
            values.addAll(List.of(NODES.arrayNode().add(0), NODES.arrayNode().add("NOT_A_VALUE"), NODES.textNode("SAMT"),
                    NODES.arrayNode().add(NODES.objectNode())));
        }
        return pick(values);
    }

    private boolean brokenJson(Draft d) {
        if (d.json == null) {
            if (d.text != null) {
                return brokenText(d);
            }
            return contentType(d);
        }
        String document = Wire.json(d.json, d.escapeAll);
        int roll = random.nextInt(14);
        switch (roll) {
            case 0 -> {
                List<Slot> objects = slots(d).stream().filter(s -> s.parentIsObject).toList();
                if (d.json.isObject()) {
                    ObjectNode where = objects.isEmpty() || random.nextBoolean() ? (ObjectNode) d.json
                            : parentObject(d.json, pick(objects));
                    String key = pick(List.of("unknownField", "__proto__", "constructor", "id", "version", "status", "كد",
                            "\u0000", "", "holder.name", "Kind", "KIND"));
                    if (where != null) {
                        where.put(key, "x");
                    }
                    d.labels.add("unknown field \"" + Wire.printable(key, 30) + "\"");
                } else {
                    d.labels.add("valid request (top level not an object)");
                }
            }
            case 1 -> {
                var first = d.json.fieldNames();
                String key = first.hasNext() ? first.next() : "kind";
                JsonNode dup = random.nextBoolean() ? d.json.path(key) : NODES.textNode("DUPLICATE");
                d.text = null;
                d.json = null;
                d.bytes = Wire.utf8Lenient(document.startsWith("{") && document.length() > 2
                        ? "{" + quoted(key) + ":" + Wire.json(dup, false) + "," + document.substring(1) : document);
                d.labels.add("duplicate key \"" + key + "\"");
            }
            case 2 -> garbage(d, document, pick(List.of(" x", "}", "{}", "]", ",", "\u0000", " " + document, "\n{\"a\":1}", " //",
                    " /* */", "\uFEFF")), "trailing garbage");
            case 3 -> {
                int cut = document.isEmpty() ? 0 : random.nextInt(document.length());
                garbage(d, document.substring(0, cut), "", "truncated at " + cut + " of " + document.length());
            }
            case 4 -> garbage(d, pick(List.of("", " ", "null", "[]", "\"text\"", "123", "true", "{", "}", "[", "{\"\":}", "{,}",
                    "{\"a\"}", "{'kind':'OPERATING'}", "{kind:1}", "{\"kind\":NaN}", "{\"a\":Infinity}", "{\"a\":+1}",
                    "{\"a\":01}", "{\"a\":\"\\x00\"}", "{\"a\":\"\\uD800\"}", "{\"a\":\"\\u00\"}", "{\"a\":\"\n\"}")),
                    "", "not a JSON object");
            case 5 -> {
                int depth = pick(List.of(500, 1_001, 5_000, 100_000));
                garbage(d, "[".repeat(depth) + "]".repeat(depth), "", "arrays nested " + depth + " deep");
            }
            case 6 -> {
                int depth = pick(List.of(999, 1_001, 20_000));
                garbage(d, "{\"a\":".repeat(depth) + "1" + "}".repeat(depth), "", "objects nested " + depth + " deep");
            }
            case 7 -> {
                // bytes that are not UTF-8, inside a string value
                byte[] bad = pick(List.of(new byte[] { (byte) 0xC3, 0x28 }, new byte[] { (byte) 0xFF }, new byte[] { (byte) 0xC0, (byte) 0xAF },
                        new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, new byte[] { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 },
                        new byte[] { (byte) 0xE2, (byte) 0x82 }));
                byte[] doc = document.getBytes(StandardCharsets.UTF_8);
                int quote = document.indexOf(":\"");
                int at = quote < 0 ? doc.length / 2 : document.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8).length;
                byte[] out = new byte[doc.length + bad.length];
                System.arraycopy(doc, 0, out, 0, at);
                System.arraycopy(bad, 0, out, at, bad.length);
                System.arraycopy(doc, at, out, at + bad.length, doc.length - at);
                d.json = null;
                d.bytes = out;
                d.labels.add("invalid UTF-8 bytes " + hex(bad) + " at byte " + at);
            }
            case 8 -> garbage(d, "\uFEFF" + document, "", "UTF-8 byte order mark before the document");
            case 9 -> garbage(d, document.replaceFirst(":", ":/* c */"), "", "comment inside the document");
            case 10 -> garbage(d, document.replace("\"", "'"), "", "single quotes");
            case 11 -> {
                // a key repeated thousands of times: hash-flooding and duplicate detection cost
                StringBuilder many = new StringBuilder("{");
                for (int i = 0; i < 20_000; i++) {
                    many.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
                }
                garbage(d, many.append('}').toString(), "", "20,000 unknown keys");
            }
            case 12 -> garbage(d, "{\"kind\":\"" + "\\u0000".repeat(5_000) + "\"}", "", "5,000 escaped NULs");
            default -> {
                if (d.json.isObject() && d.json.size() > 0) {
                    List<String> names = new ArrayList<>();
                    d.json.fieldNames().forEachRemaining(names::add);
                    String name = pick(names);
                    ((ObjectNode) d.json).remove(name);
                    d.labels.add("field \"" + name + "\" missing");
                } else {
                    d.labels.add("valid request");
                }
            }
        }
        return true;
    }

    private boolean brokenText(Draft d) {
        String text = d.text;
        int roll = random.nextInt(6);
        switch (roll) {
            case 0 -> garbage(d, "", "", "empty file");
            case 1 -> garbage(d, text.substring(0, text.isEmpty() ? 0 : random.nextInt(text.length())), "", "truncated file");
            case 2 -> garbage(d, text.replace("\n", "\r"), "", "CR line ends only");
            case 3 -> garbage(d, text + "\"unterminated,quote\n" + "a,b\n" + ",".repeat(5_000) + "\n", "", "broken rows");
            case 4 -> garbage(d, "\uFEFF" + text.replace(",", ";"), "", "BOM and semicolons");
            default -> {
                byte[] raw = Wire.utf8Lenient(text);
                byte[] out = java.util.Arrays.copyOf(raw, raw.length + 3);
                out[raw.length] = (byte) 0xFF;
                out[raw.length + 1] = (byte) 0xC0;
                out[raw.length + 2] = '\n';
                d.text = null;
                d.bytes = out;
                d.labels.add("invalid UTF-8 at the end of the file");
            }
        }
        return true;
    }

    private void garbage(Draft d, String document, String suffix, String label) {
        d.json = null;
        d.text = null;
        d.bytes = Wire.utf8Lenient(document + suffix);
        d.labels.add(label + (suffix.isEmpty() ? "" : " \"" + Wire.printable(suffix, 30) + "\""));
    }

    private boolean numbers(Draft d) {
        if (d.json != null) {
            List<Slot> numeric = slots(d).stream().filter(Slot::isNumeric).toList();
            if (!numeric.isEmpty()) {
                Slot slot = pick(numeric);
                JsonNode value = random.nextBoolean() ? Wire.raw(pick(HostileValues.NUMBER_TOKENS)) : NODES.textNode(pick(HostileValues.NUMBER_STRINGS));
                set(d, slot, value, "body." + slot.name() + " = " + Wire.printable(Wire.json(value, false), 60));
                return true;
            }
        }
        List<Parameter> params = d.op.parameters("query").stream().filter(RequestGenerator::isNumeric).toList();
        if (!params.isEmpty()) {
            setQuery(d, pick(params).name(), pick(random.nextBoolean() ? HostileValues.NUMBER_TOKENS : HostileValues.NUMBER_STRINGS));
            return true;
        }
        return wrongType(d);
    }

    private boolean dates(Draft d) {
        String value = pick(HostileValues.DATES);
        if (d.json != null) {
            List<Slot> dateSlots = slots(d).stream().filter(Slot::isDate).toList();
            if (!dateSlots.isEmpty()) {
                Slot slot = pick(dateSlots);
                JsonNode node = random.nextInt(8) == 0 ? Wire.raw(pick(List.of("20250510", "1746835200000", "[2025,5,10]",
                        "{\"year\":2025}"))) : NODES.textNode(value);
                set(d, slot, node, "body." + slot.name() + " = " + Wire.printable(Wire.json(node, false), 60));
                return true;
            }
        }
        List<Parameter> params = d.op.parameters("query").stream().filter(RequestGenerator::isDateLike).toList();
        if (params.isEmpty()) {
            return hostileText(d);
        }
        setQuery(d, pick(params).name(), value);
        if (random.nextInt(3) == 0) {
            // two period parameters at once: year with from/to, month with year...
            setQuery(d, pick(params).name(), pick(HostileValues.DATES));
        }
        return true;
    }

    private boolean paging(Draft d) {
        List<Parameter> params = d.op.parameters("query").stream()
                .filter(p -> "integer".equals(p.schema().path("type").asText()) || "boolean".equals(p.schema().path("type").asText()))
                .toList();
        if (params.isEmpty()) {
            return hostileText(d);
        }
        boolean hasPaging = params.stream().anyMatch(p -> p.name().equals("page"))
                && params.stream().anyMatch(p -> p.name().equals("size"));
        if (hasPaging && random.nextInt(4) == 0) {
            setQuery(d, "page", pick(List.of("2147483647", "2147483646", "1073741824", "21474837")));
            setQuery(d, "size", pick(List.of("200", "199", "100")));
            return true;
        }
        Parameter p = pick(params);
        setQuery(d, p.name(), pick(HostileValues.PAGING));
        if (random.nextInt(4) == 0) {
            // the same parameter twice: which one wins must not matter for safety
            d.query.add(new String[] { p.name(), pick(HostileValues.PAGING) });
            d.labels.add(p.name() + " repeated");
        }
        return true;
    }

    private boolean pathIds(Draft d) {
        Parameter p = pick(d.op.parameters("path"));
        String current = d.path.get(p.name());
        String value = switch (random.nextInt(5)) {
            case 0 -> new UUID(random.nextLong(), random.nextLong()).toString();
            case 1 -> current.toUpperCase();
            case 2 -> current + pick(List.of("x", "%", "\u0000", "/", "/..", " ", "0", "\u200C"));
            case 3 -> PersianDigits.of(current);
            default -> pick(HostileValues.PATH_IDS);
        };
        d.path.put(p.name(), value);
        d.labels.add("path " + p.name() + " = \"" + Wire.printable(value, 60) + "\"");
        return true;
    }

    private boolean contentType(Draft d) {
        if (d.mediaType != null && random.nextInt(4) > 0) {
            String declared = pick(List.of("", "text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "multipart/form-data", "application/json; charset=UTF-16", "application/json; charset=ISO-8859-1",
                    "application/json; charset=nonsense", "application/json;;;", "garbage", "*/*", "application/*",
                    "application/x-ndjson", "text/csv", "application/problem+json", "application/octet-stream",
                    "application/json\u0000", "APPLICATION/JSON", d.mediaType + "; boundary=x; charset=utf-8"));
            if (declared.isEmpty()) {
                d.contentType = null;
                d.labels.add("no Content-Type");
            } else if (!isSendableHeaderValue(declared)) {
                d.contentType = "text/plain";
                d.labels.add("Content-Type text/plain");
            } else {
                d.contentType = declared;
                d.labels.add("Content-Type " + Wire.printable(declared, 60));
                if (declared.contains("UTF-16") && random.nextBoolean()) {
                    String document = d.json != null ? Wire.json(d.json, false) : d.text;
                    d.json = null;
                    d.text = null;
                    d.bytes = document.getBytes(StandardCharsets.UTF_16);
                    d.labels.add("body in UTF-16");
                }
            }
            return true;
        }
        String accept = pick(List.of("application/xml", "text/html", "*/*;q=abc", "application/json;charset=ebcdic",
                "text/event-stream", "application/problem+json", "image/png", "", "application/json, */*;q=0", "a/b/c"));
        d.headers.put("Accept", accept);
        d.labels.add("Accept \"" + accept + "\"");
        return true;
    }

    private boolean oversized(Draft d) {
        int roll = random.nextInt(4);
        if (d.json != null && roll < 2) {
            int size = pick(List.of(262_145, 300_000, 1_048_577, 3_000_000, 6_000_000));
            List<Slot> strings = slots(d).stream().filter(Slot::isText).toList();
            if (roll == 0 && !strings.isEmpty()) {
                Slot slot = pick(strings);
                set(d, slot, new TextNode(big(size)), "body." + slot.name() + " = " + size + " characters");
            } else {
                d.bytes = Wire.utf8Lenient("[" + "1,".repeat(size / 2) + "1]");
                d.json = null;
                d.labels.add("JSON array of " + (size / 2 + 1) + " numbers");
            }
            return true;
        }
        if (d.text != null && roll < 2) {
            // a file of rows that are all wrong: the import must report them, not store or crash on them
            int rows = pick(List.of(500, 5_000));
            String header = d.text.contains("\n") ? d.text.substring(0, d.text.indexOf('\n') + 1) : "";
            d.text = header + ("ROBUST-" + "x".repeat(80) + ",GUILD,,,,,,,,,,\n").repeat(rows);
            d.labels.add(rows + " invalid rows");
            return true;
        }
        if (roll == 2) {
            int size = pick(List.of(9_000, 20_000, 70_000));
            d.headers.put(pick(List.of("X-Padding", "Idempotency-Key", "Cookie")), "a".repeat(size));
            d.labels.add("a header of " + size + " bytes");
            return true;
        }
        int size = pick(List.of(3_000, 9_000, 70_000));
        List<Parameter> params = d.op.parameters("query");
        String name = params.isEmpty() ? "q" : pick(params).name();
        setQuery(d, name, "ب".repeat(size / 6));
        d.labels.add("query of about " + size + " bytes");
        return true;
    }

    private boolean wrongMethod(Draft d) {
        // an operation of the same path may use the method drawn: then this is a valid method with the other's input
        d.method = pick(List.of("PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "GETX", "get"));
        d.labels.add("method " + d.method);
        return true;
    }

    private boolean token(Draft d) {
        // an operation that must never run for real gets odd tokens without its roles
        d.credential = tokens.hostile(target.noValidCredentials.containsKey(d.op.key()) ? List.of() : tokens.rolesOf(d.op), random);
        d.labels.add("token: " + d.credential.description());
        return true;
    }

    // ---------------------------------------------------------------- body slots

    /** A field of the body the generator can change, with its schema (null for a field the schema does not know). */
    private record Slot(List<Object> path, JsonNode schema, boolean parentIsObject) {
        String name() {
            StringBuilder out = new StringBuilder();
            for (Object part : path) {
                if (part instanceof Integer index) {
                    out.append('[').append(index).append(']');
                } else {
                    out.append(out.length() == 0 ? "" : ".").append(part);
                }
            }
            return out.toString();
        }

        boolean isText() {
            return schema != null && "string".equals(schema.path("type").asText()) && !schema.has("enum");
        }

        boolean isNumeric() {
            return schema != null && (List.of("integer", "number").contains(schema.path("type").asText())
                    || "int64".equals(schema.path("format").asText()) || last().endsWith("Rials"));
        }

        boolean isDate() {
            return schema != null && (schema.path("format").asText().startsWith("date") || last().endsWith("On"));
        }

        String last() {
            Object last = path.get(path.size() - 1);
            return last instanceof String s ? s : "";
        }

        JsonNode current(JsonNode root) {
            JsonNode node = root;
            for (Object part : path) {
                node = part instanceof Integer i ? node.path(i) : node.path((String) part);
            }
            return node.isMissingNode() ? null : node;
        }
    }

    private List<Slot> slots(Draft d) {
        List<Slot> slots = new ArrayList<>();
        JsonNode schema = d.mediaType == null ? null : d.op.bodies().get(d.mediaType);
        collect(d.json, schema, new ArrayList<>(), slots, 0);
        return slots;
    }

    private static void collect(JsonNode value, JsonNode schema, List<Object> path, List<Slot> out, int depth) {
        if (depth > 6) {
            return;
        }
        if (schema != null && schema.has("properties")) {
            schema.get("properties").fields().forEachRemaining(p -> {
                List<Object> child = append(path, p.getKey());
                out.add(new Slot(child, p.getValue(), true));
                collect(value == null ? null : value.get(p.getKey()), p.getValue(), child, out, depth + 1);
            });
        }
        if (value != null && value.isObject()) {
            value.fieldNames().forEachRemaining(name -> {
                if (schema == null || !schema.path("properties").has(name)) {
                    out.add(new Slot(append(path, name), null, true));
                }
            });
        }
        if (schema != null && "array".equals(schema.path("type").asText())) {
            List<Object> child = append(path, 0);
            out.add(new Slot(child, schema.path("items"), false));
            collect(value == null ? null : value.get(0), schema.path("items"), child, out, depth + 1);
        }
    }

    private static List<Object> append(List<Object> path, Object part) {
        List<Object> copy = new ArrayList<>(path);
        copy.add(part);
        return copy;
    }

    private void set(Draft d, Slot slot, JsonNode value, String label) {
        if (!d.json.isContainerNode()) {
            d.json = NODES.objectNode();
        }
        JsonNode node = d.json;
        List<Object> path = slot.path();
        for (int i = 0; i < path.size() - 1; i++) {
            Object part = path.get(i);
            Object next = path.get(i + 1);
            JsonNode child = part instanceof Integer index ? node.path(index) : node.path((String) part);
            if (!child.isContainerNode() || next instanceof Integer && !child.isArray() || next instanceof String && !child.isObject()) {
                child = next instanceof Integer ? NODES.arrayNode() : NODES.objectNode();
                put(node, part, child);
            }
            node = child;
        }
        put(node, path.get(path.size() - 1), value);
        d.labels.add(label);
    }

    private static void put(JsonNode container, Object part, JsonNode value) {
        if (container instanceof ObjectNode object && part instanceof String name) {
            object.set(name, value);
        } else if (container instanceof ArrayNode array && part instanceof Integer index) {
            while (array.size() <= index) {
                array.addNull();
            }
            array.set(index, value);
        }
    }

    private static ObjectNode parentObject(JsonNode root, Slot slot) {
        JsonNode node = root;
        List<Object> path = slot.path();
        for (int i = 0; i < path.size() - 1; i++) {
            node = path.get(i) instanceof Integer index ? node.path(index) : node.path((String) path.get(i));
        }
        return node instanceof ObjectNode object ? object : null;
    }

    /** Puts {@code value} in one cell (CSV) or one field (NDJSON) of a data line of a text body. */
    private void mutateLines(Draft d, String value) {
        String[] lines = d.text.split("\n", -1);
        int dataLines = (int) java.util.Arrays.stream(lines).filter(l -> !l.isBlank()).count();
        int line = dataLines <= 1 ? 0 : 1 + random.nextInt(Math.max(1, dataLines - 1));
        String original = lines[line];
        if (original.startsWith("{")) {
            JsonNode row = parse(original);
            if (row instanceof ObjectNode object && object.size() > 0) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                String name = pick(names);
                object.put(name, value);
                lines[line] = Wire.json(object, random.nextBoolean());
                d.labels.add("line " + (line + 1) + " field " + name + " = \"" + Wire.printable(value, 60) + "\"");
            }
        } else {
            String[] cells = original.split(",", -1);
            int cell = random.nextInt(cells.length);
            boolean quote = random.nextBoolean();
            cells[cell] = quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
            lines[line] = String.join(",", cells);
            d.labels.add("line " + (line + 1) + " cell " + (cell + 1) + " = " + (quote ? "quoted " : "") + "\""
                    + Wire.printable(value, 60) + "\"");
        }
        d.text = String.join("\n", lines);
    }

    // ---------------------------------------------------------------- helpers

    private void setQuery(Draft d, String name, String value) {
        d.query.removeIf(q -> q[0].equals(name));
        d.query.add(new String[] { name, value });
        d.labels.add("query " + name + " = \"" + Wire.printable(value, 60) + "\"");
    }

    private static boolean isNumeric(Parameter p) {
        return List.of("integer", "number").contains(p.schema().path("type").asText());
    }

    private static boolean isDateLike(Parameter p) {
        return p.schema().path("format").asText().startsWith("date") || DATE_LIKE_NAME.matcher(p.name()).matches();
    }

    private boolean hasDateField(ApiOperation op) {
        return op.bodies().values().stream().anyMatch(s -> s.toString().contains("\"format\":\"date"));
    }

    /** What java.net.http lets through in a header value; anything else is tested in bodies and parameters. */
    private static boolean isSendableHeaderValue(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> c >= 0x20 && c < 0x7F) && value.length() < 60_000;
    }

    private String big(int size) {
        if (megabyte == null) {
            megabyte = "ب".repeat(1 << 20);
        }
        StringBuilder out = new StringBuilder(size);
        while (out.length() < size) {
            out.append(megabyte, 0, Math.min(megabyte.length(), size - out.length()));
        }
        return out.toString();
    }

    private static String quoted(String key) {
        StringBuilder out = new StringBuilder();
        Wire.string(key, false, out);
        return out.toString();
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02X ", b & 0xFF));
        }
        return out.toString().trim();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("A seed body is not JSON: " + json, e);
        }
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private JsonNode pick(JsonNode array) {
        return array.get(random.nextInt(array.size()));
    }

    /** Persian digits for ASCII ones: what an officer typing on a Persian keyboard sends. */
    static final class PersianDigits {
        static String of(String s) {
            StringBuilder out = new StringBuilder(s.length());
            s.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('\u06F0' + c - '0') : (char) c));
            return out.toString();
        }
    }
}
