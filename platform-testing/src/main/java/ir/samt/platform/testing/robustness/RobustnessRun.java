package ir.samt.platform.testing.robustness;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ir.samt.platform.testing.robustness.OpenApiDocument.ApiOperation;

/**
 * Sends the generated requests to one running service and checks every answer:
 * <ul>
 * <li>never a 5xx;</li>
 * <li>every 4xx is {@code application/problem+json} whose {@code status} is the HTTP status;</li>
 * <li>every accepted write gives back a record, and the record read back holds only well-formed text
 * no longer than documented ({@link StoredText});</li>
 * <li>at the end, everything the service lists holds only well-formed text (imports included).</li>
 * </ul>
 * Prints one summary line per service and, on failure, every offending request exactly as sent.
 */
public final class RobustnessRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How often each kind is drawn; an attack that has nothing to break in an operation falls back to hostile text. */
    private static final Map<Attack, Integer> WEIGHTS = new EnumMap<>(Map.ofEntries(
            Map.entry(Attack.BASELINE, 7), Map.entry(Attack.HOSTILE_TEXT, 25), Map.entry(Attack.WRONG_TYPE, 12),
            Map.entry(Attack.BROKEN_JSON, 10), Map.entry(Attack.NUMBERS, 7), Map.entry(Attack.DATES, 7),
            Map.entry(Attack.PAGING, 6), Map.entry(Attack.PATH_IDS, 7), Map.entry(Attack.CONTENT_TYPE, 6),
            Map.entry(Attack.OVERSIZED, 2), Map.entry(Attack.WRONG_METHOD, 2), Map.entry(Attack.TOKENS, 11)));
    private static final int MAX_BODY_READ = 4 << 20;

    private final RobustnessTarget target;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private OpenApiDocument document;
    private Map<String, Integer> maxLengths;
    private IdPools ids;
    private HostileTokens tokens;
    private RequestGenerator generator;

    private final Map<Attack, Integer> sentByAttack = new EnumMap<>(Attack.class);
    private final Map<String, Integer> statusClasses = new TreeMap<>();
    private final List<Violation> violations = new ArrayList<>();
    private final Map<String, List<Violation>> knownSeen = new LinkedHashMap<>();
    private final Set<String> acceptedBaselines = new HashSet<>();
    private int closedByServer;
    private int unsendable;
    private int recordsChecked;
    private ServerLog serverLog;
    /** Requests refused (4xx) by PostgreSQL rather than by the input boundary: not failures, but input that got too far. */
    private final Map<String, List<String>> reachedDatabase = new LinkedHashMap<>();
    private final List<ProbeRequest> acceptedWrites = new ArrayList<>();
    private final Set<String> reportedStoredProblems = new HashSet<>();

    /** What went wrong with one request. */
    record Violation(String kind, ProbeRequest request, int status, String detail) {
        String describe() {
            return kind + " (HTTP " + status + "): " + detail + "\n  " + request.describe();
        }
    }

    private record Answer(int status, String contentType, String location, byte[] body) {
        JsonNode json() {
            try {
                return body == null || body.length == 0 ? null : JSON.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }
    }

    public RobustnessRun(RobustnessTarget target, URI base) {
        this.target = target;
        this.base = base;
    }

    /** Runs the whole suite against the service and throws an {@link AssertionError} listing every violation. */
    public void runAndAssert() {
        long started = System.nanoTime();
        long seed = target.seed();
        SplittableRandom random = new SplittableRandom(seed);
        document = OpenApiDocument.parse(fetchOpenApi());
        maxLengths = document.maxLengthByFieldName();
        Set<String> pathNames = new HashSet<>();
        document.operations().forEach(op -> op.parameters("path").forEach(p -> pathNames.add(p.name())));
        ids = new IdPools(pathNames, target.pathValues);
        tokens = new HostileTokens(target.province, target.roles);
        generator = new RequestGenerator(random, target, ids, tokens);
        List<ApiOperation> operations = document.operations();
        if (operations.isEmpty()) {
            throw new AssertionError("The OpenAPI document of " + target.service + " lists no operation");
        }

        serverLog = ServerLog.install();
        try {
            sendAll(random, operations);
        } finally {
            serverLog.uninstall();
        }

        double seconds = (System.nanoTime() - started) / 1e9;
        String summary = summary(seed, seconds);
        System.out.println(summary);
        writeLog(summary);
        assertOutcome(summary);
    }

    private void sendAll(SplittableRandom random, List<ApiOperation> operations) {
        // First the valid requests of the creating operations, so that later requests find real ids.
        for (int round = 0; round < 3; round++) {
            for (ApiOperation op : operations) {
                if (op.isWrite() && op.parameters("path").isEmpty()) {
                    send(generator.generate(op, Attack.BASELINE), op);
                }
            }
        }
        for (int round = 0; round < 3; round++) {
            for (String key : target.lifecycle) {
                ApiOperation op = operations.stream().filter(o -> o.key().equals(key)).findFirst()
                        .orElseThrow(() -> new AssertionError("The lifecycle names " + key + ", which the OpenAPI document does not list"));
                send(generator.baselineOnNewest(op), op);
            }
        }
        int total = target.requests();
        for (int i = 0; i < total; i++) {
            ApiOperation op = operations.get(random.nextInt(operations.size()));
            // only the kinds that have something to break in this operation (a GET has no JSON to truncate)
            List<Attack> attacks = WEIGHTS.keySet().stream().filter(a -> generator.applies(op, a)).toList();
            int weightSum = attacks.stream().mapToInt(WEIGHTS::get).sum();
            Attack attack = drawAttack(random, attacks, weightSum);
            ProbeRequest request = generator.generate(op, attack);
            if (request != null) {
                send(request, op);
            }
        }
        sweepStoredRecords();
    }

    private static Attack drawAttack(SplittableRandom random, List<Attack> attacks, int weightSum) {
        int roll = random.nextInt(weightSum);
        for (Attack attack : attacks) {
            roll -= WEIGHTS.get(attack);
            if (roll < 0) {
                return attack;
            }
        }
        return Attack.HOSTILE_TEXT;
    }

    // ---------------------------------------------------------------- sending and checking

    private void send(ProbeRequest request, ApiOperation op) {
        Answer answer;
        serverLog.drain();
        try {
            answer = exchange(request);
        } catch (IllegalArgumentException e) {
            unsendable++; // java.net.http refused to send it (a header it considers illegal); nothing reached the server
            return;
        } catch (IOException e) {
            // the server may close the connection while a body it already refused is still arriving (413)
            closedByServer++;
            sentByAttack.merge(request.attack(), 1, Integer::sum);
            statusClasses.merge("closed", 1, Integer::sum);
            return;
        }
        sentByAttack.merge(request.attack(), 1, Integer::sum);
        statusClasses.merge(answer.status() / 100 + "xx", 1, Integer::sum);
        List<String> logged = serverLog.drain();
        if (answer.status() < 500 && logged.stream().anyMatch(ServerLog::fromDatabase)) {
            reachedDatabase.computeIfAbsent(request.operation() + " " + request.attack().label, k -> new ArrayList<>())
                    .add("HTTP " + answer.status() + " " + String.join(" / ", logged) + "\n  " + request.describe());
        }
        check(request, op, answer, logged);
    }

    private Answer exchange(ProbeRequest request) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.target()))
                .timeout(Duration.ofSeconds(60))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        try {
            HttpResponse<InputStream> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            byte[] body;
            try (InputStream in = response.body()) {
                // a live stream never ends: its headers are the answer
                body = contentType.startsWith("text/event-stream") && response.statusCode() < 300 ? new byte[0] : in.readNBytes(MAX_BODY_READ);
            }
            return new Answer(response.statusCode(), contentType, response.headers().firstValue("Location").orElse(null), body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private void check(ProbeRequest request, ApiOperation op, Answer answer, List<String> logged) {
        int status = answer.status();
        if (status >= 500) {
            violation("5xx", request, status, "answered " + status + ": " + Wire.printable(new String(answer.body(), StandardCharsets.UTF_8), 400)
                    + (logged.isEmpty() ? "" : "\n    server log: " + String.join("\n    server log: ", logged)));
            return;
        }
        if (status >= 400) {
            checkProblem(request, answer);
            return;
        }
        if (status >= 300) {
            return;
        }
        if (request.attack() == Attack.BASELINE) {
            acceptedBaselines.add(op.key());
        }
        JsonNode body = answer.contentType().contains("json") ? answer.json() : null;
        ids.harvest(body);
        if (op.isWrite()) {
            rememberAccepted(request);
            if (body != null && readBackPath(request, op, answer) != null) {
                // the answer is the stored record (an import's report is not: its rows are checked by the sweep)
                checkStored(request, status, "the write's answer", body);
                readBack(request, op, answer);
            }
        }
    }

    private void checkProblem(ProbeRequest request, Answer answer) {
        if (answer.body().length == 0 && answer.contentType().isEmpty() && List.of(413, 414, 431).contains(answer.status())) {
            // Vert.x answers these while decoding the request, before any route or exception mapper runs
            violation("refused before routing without a problem detail", request, answer.status(), "empty body");
            return;
        }
        if (!answer.contentType().toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            violation("4xx is not a problem detail", request, answer.status(), "Content-Type \"" + answer.contentType() + "\", body "
                    + Wire.printable(new String(answer.body(), StandardCharsets.UTF_8), 200));
            return;
        }
        JsonNode problem = answer.json();
        if (problem == null || !problem.path("status").canConvertToInt() || problem.path("status").asInt() != answer.status()) {
            violation("problem detail without the right status", request, answer.status(),
                    Wire.printable(new String(answer.body(), StandardCharsets.UTF_8), 300));
        }
    }

    /** Reads the written record back the way a client would: its Location, or the resource the action was on. */
    private void readBack(ProbeRequest request, ApiOperation op, Answer answer) {
        String path = readBackPath(request, op, answer);
        ApiOperation get = findGet(path);
        ProbeRequest read = new ProbeRequest(get.key(), Attack.BASELINE, "read back after " + request.operation(), "GET", path,
                readHeaders(get), "valid reader", null);
        try {
            Answer stored = exchange(read);
            if (stored.status() != 200) {
                violation("accepted write cannot be read back", request, stored.status(), "GET " + path + " answered " + stored.status());
                return;
            }
            JsonNode json = stored.json();
            if (json != null) {
                checkStored(request, answer.status(), "GET " + path, json);
            }
        } catch (IOException e) {
            violation("accepted write cannot be read back", request, 0, "GET " + path + ": " + e);
        }
    }

    /** Where the written record can be read: its Location, or the resource an action ({id}/revocation) was on; null if nowhere. */
    private String readBackPath(ProbeRequest request, ApiOperation op, Answer answer) {
        String path = null;
        if (answer.location() != null) {
            path = URI.create(answer.location()).getRawPath();
        } else if (op.path().contains("{")) {
            String target = request.target();
            int query = target.indexOf('?');
            String raw = query < 0 ? target : target.substring(0, query);
            path = raw.substring(0, raw.lastIndexOf('/'));
        }
        return path != null && findGet(path) != null ? path : null;
    }

    private Map<String, String> readHeaders(ApiOperation get) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (get.secured()) {
            headers.put("Authorization", tokens.valid(get, new SplittableRandom(1)).header());
        }
        headers.put("Accept", "application/json");
        return headers;
    }

    private ApiOperation findGet(String rawPath) {
        for (ApiOperation op : document.operations()) {
            if ("GET".equals(op.method()) && rawPath.matches(op.path().replaceAll("\\{[^/]+}", "[^/]+"))
                    && !op.path().endsWith("/stream")) {
                return op;
            }
        }
        return null;
    }

    private void checkStored(ProbeRequest request, int status, String where, JsonNode record) {
        recordsChecked++;
        for (StoredText.Problem problem : StoredText.problems(record, maxLengths)) {
            // blame the accepted write that sent this text, not the read (or later action) that found it
            ProbeRequest origin = origin(problem.field(), problem.value(), request);
            String key = System.identityHashCode(origin) + "|" + problem.value() + "|" + problem.message();
            if (reportedStoredProblems.add(key)) {
                violation("malformed text stored", origin, status, where + ": " + problem
                        + (origin == request ? "" : " (found by " + request.operation() + " | " + request.label() + ")"));
            }
        }
    }

    private void rememberAccepted(ProbeRequest request) {
        if (request.body() != null && request.body().length < 1_000_000) {
            acceptedWrites.add(request);
        }
    }

    /**
     * The accepted write that most likely stored {@code value} in field {@code field}: the latest whose
     * body carried the value (raw, JSON-escaped or in a CSV cell), preferring bodies that also name
     * the field; for U+FFFD, the latest whose body was not valid UTF-8. Else {@code fallback}.
     */
    private ProbeRequest origin(String field, String value, ProbeRequest fallback) {
        if (value.isEmpty()) {
            return fallback;
        }
        boolean replacement = value.indexOf('\uFFFD') >= 0;
        String escaped = Wire.json(com.fasterxml.jackson.databind.node.TextNode.valueOf(value), true);
        escaped = escaped.substring(1, escaped.length() - 1).toUpperCase(Locale.ROOT);
        String raw = Wire.json(com.fasterxml.jackson.databind.node.TextNode.valueOf(value), false);
        raw = raw.substring(1, raw.length() - 1);
        ProbeRequest withoutField = null;
        for (int i = acceptedWrites.size() - 1; i >= 0; i--) {
            ProbeRequest candidate = acceptedWrites.get(i);
            String body = new String(candidate.body(), StandardCharsets.UTF_8);
            boolean carries = replacement ? !isUtf8(candidate.body())
                    : body.contains(value) || body.contains(raw) || body.toUpperCase(Locale.ROOT).contains(escaped);
            if (carries && (field == null || body.contains(field))) {
                return candidate;
            }
            if (carries && withoutField == null) {
                withoutField = candidate;
            }
        }
        return withoutField != null ? withoutField : fallback;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /**
     * After the run: everything the list endpoints show must be well formed, which catches records
     * that arrived by a path without a readable answer (the bulk import's rows).
     */
    private void sweepStoredRecords() {
        for (ApiOperation op : document.operations()) {
            if (!"GET".equals(op.method()) || !op.parameters("path").isEmpty() || op.path().endsWith("/stream")) {
                continue;
            }
            Set<String> params = op.parameters("query").stream().map(p -> p.name()).collect(Collectors.toSet());
            String filter = (params.contains("province") ? "&province=" + target.province : "") + (params.contains("size") ? "&size=200" : "");
            int pages = params.contains("page") ? 25 : 1;
            for (int page = 0; page < pages; page++) {
                String query = (params.contains("page") ? "&page=" + page : "") + filter;
                String path = op.path() + (query.isEmpty() ? "" : "?" + query.substring(1));
                ProbeRequest sweep = new ProbeRequest(op.key(), Attack.BASELINE, "sweep of stored records", "GET", path,
                        readHeaders(op), "valid reader", null);
                try {
                    Answer answer = exchange(sweep);
                    if (answer.status() >= 500) {
                        violation("5xx", sweep, answer.status(), "the sweep of stored records failed");
                    }
                    JsonNode json = answer.status() == 200 && answer.contentType().contains("json") ? answer.json() : null;
                    if (json == null) {
                        break;
                    }
                    checkStored(sweep, 200, "GET " + path, json);
                    if (json.path("items").size() == 0) {
                        break;
                    }
                } catch (IOException e) {
                    violation("sweep failed", sweep, 0, e.toString());
                    break;
                }
            }
        }
    }

    private void violation(String kind, ProbeRequest request, int status, String detail) {
        Violation violation = new Violation(kind, request, status, detail);
        String key = kind + " @ " + request.operation() + " | " + request.label();
        for (String prefix : target.knownDefects.keySet()) {
            if (key.startsWith(prefix)) {
                knownSeen.computeIfAbsent(prefix, k -> new ArrayList<>()).add(violation);
                return;
            }
        }
        violations.add(violation);
    }

    // ---------------------------------------------------------------- reporting

    private String summary(long seed, double seconds) {
        int total = sentByAttack.values().stream().mapToInt(Integer::intValue).sum();
        String byKind = sentByAttack.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey().label))
                .collect(Collectors.joining(", "));
        long fiveXx = violations.stream().filter(v -> v.kind().equals("5xx")).count()
                + knownSeen.values().stream().flatMap(List::stream).filter(v -> v.kind().equals("5xx")).count();
        int known = knownSeen.values().stream().mapToInt(List::size).sum();
        int database = reachedDatabase.values().stream().mapToInt(List::size).sum();
        return String.format(Locale.ROOT, "robustness %s: %,d requests — %s — answers %s, %,d stored records checked, "
                + "%,d refusals made by PostgreSQL — %d × 5xx, %d other violations, %d of all these known and awaiting fixes (seed %d, %.1f s%s)",
                target.service, total, byKind, statusClasses, recordsChecked, database, fiveXx, violations.size() + known - fiveXx, known,
                seed, seconds,
                unsendable > 0 ? ", " + unsendable + " not sendable by the HTTP client" : "");
    }

    private void assertOutcome(String summary) {
        StringBuilder failure = new StringBuilder();
        if (!violations.isEmpty()) {
            Map<String, Long> byKind = violations.stream().collect(Collectors.groupingBy(
                    v -> v.kind() + " @ " + v.request().operation(), TreeMap::new, Collectors.counting()));
            failure.append(violations.size()).append(" violations: ").append(byKind).append("\n\n");
            violations.stream().limit(40).forEach(v -> failure.append(v.describe()).append('\n'));
        }
        for (String seeded : target.seedBodies.keySet()) {
            if (!acceptedBaselines.contains(seeded) && document.operations().stream().anyMatch(op -> op.key().equals(seeded))) {
                failure.append("The valid seed of ").append(seeded).append(" was never accepted: the mutations of it test nothing.\n");
            }
            if (document.operations().stream().noneMatch(op -> op.key().equals(seeded))) {
                failure.append("A seed names ").append(seeded).append(", which the OpenAPI document does not list.\n");
            }
        }
        boolean anyWrite = document.operations().stream().anyMatch(op -> op.isWrite() && !target.noValidCredentials.containsKey(op.key()));
        if (anyWrite && recordsChecked == 0) {
            failure.append("No write was accepted, so the stored-text check never ran.\n");
        }
        for (String prefix : target.knownDefects.keySet()) {
            if (!knownSeen.containsKey(prefix)) {
                System.out.println("robustness " + target.service + ": known defect no longer seen, delete it from the list: " + prefix);
            }
        }
        reachedDatabase.forEach((kind, seen) -> System.out.println("robustness " + target.service + ": " + seen.size()
                + " × refused by PostgreSQL, not by the input boundary: " + kind + "\n  e.g. " + seen.get(0)));
        knownSeen.forEach((prefix, seen) -> System.out.println("robustness " + target.service + ": known defect (" + seen.size()
                + "×) " + prefix + " — " + target.knownDefects.get(prefix) + "\n  e.g. " + seen.get(0).describe()));
        if (failure.length() > 0) {
            throw new AssertionError(summary + "\n" + failure);
        }
    }

    private void writeLog(String summary) {
        StringBuilder log = new StringBuilder(summary).append("\n\n");
        violations.forEach(v -> log.append(v.describe()).append('\n'));
        knownSeen.forEach((prefix, seen) -> seen.forEach(v -> log.append("KNOWN ").append(prefix).append(": ").append(v.describe()).append('\n')));
        reachedDatabase.forEach((kind, seen) -> seen.forEach(r -> log.append("REACHED THE DATABASE ").append(kind).append(": ").append(r).append('\n')));
        try {
            Path file = Path.of("target", "robustness-" + target.service + ".log");
            Files.createDirectories(file.getParent());
            Files.writeString(file, log);
        } catch (IOException e) {
            System.out.println("robustness: could not write the log: " + e);
        }
    }

    private String fetchOpenApi() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new AssertionError("GET /q/openapi answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new AssertionError("GET /q/openapi failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
