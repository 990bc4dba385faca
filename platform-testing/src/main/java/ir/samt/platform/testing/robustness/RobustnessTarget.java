package ir.samt.platform.testing.robustness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the generator cannot read from a service's OpenAPI document: valid request bodies to start
 * from (examples rarely satisfy cross-field rules), values for path parameters, operations that must
 * not run with real credentials in a shared test JVM, and the 5xx answers already known and awaiting
 * a production fix. Each service's {@code *RobustnessTest} builds one.
 */
public final class RobustnessTarget {

    /** Default number of generated requests per service; {@code -Dsamt.robustness.requests=50000} for long runs. */
    public static final int DEFAULT_REQUESTS = 2_500;

    final String service;
    /**
     * The province every generated write is in. No other test uses it, so records this suite creates
     * never appear in the exact counts and lists other test classes of the same JVM assert.
     */
    String province = "IR-30";
    final Map<String, List<String>> seedBodies = new LinkedHashMap<>();
    final Map<String, List<String>> pathValues = new LinkedHashMap<>();
    final Map<String, String> noValidCredentials = new LinkedHashMap<>();
    final Map<String, String> knownDefects = new LinkedHashMap<>();
    List<String> roles = List.of();
    final List<String> lifecycle = new ArrayList<>();
    int requests = DEFAULT_REQUESTS;

    private RobustnessTarget(String service) {
        this.service = service;
    }

    public static RobustnessTarget service(String name) {
        return new RobustnessTarget(name);
    }

    /** Province of generated writes (and of the scoped tokens). */
    public RobustnessTarget province(String code) {
        this.province = code;
        return this;
    }

    /**
     * The roles of a valid token for operations whose OpenAPI security requirement names none (a
     * class-level {@code @SecurityRequirement} hides the {@code @RolesAllowed} roles from the document).
     */
    public RobustnessTarget roles(String... roles) {
        this.roles = List.of(roles);
        return this;
    }

    /** Valid bodies of {@code operationKey} (e.g. {@code POST /permits}) that the generator mutates. */
    public RobustnessTarget seed(String operationKey, String... bodies) {
        seedBodies.computeIfAbsent(operationKey, k -> new ArrayList<>()).addAll(List.of(bodies));
        return this;
    }

    /**
     * Operations sent, valid and in this order, on the newest record before the generated requests
     * (three times), so that operations needing a record in some state (a revival needs a stagnant
     * unit) are accepted at least once and their answers checked.
     */
    public RobustnessTarget lifecycle(String... operationKeys) {
        lifecycle.addAll(List.of(operationKeys));
        return this;
    }

    /** Valid values of path parameter {@code name}; ids returned by successful writes are added as they come. */
    public RobustnessTarget pathValues(String name, String... values) {
        pathValues.computeIfAbsent(name, k -> new ArrayList<>()).addAll(List.of(values));
        return this;
    }

    /**
     * {@code operationKey} is only ever called with credentials it refuses, because with valid ones it
     * changes state other test classes of this JVM depend on; {@code why} is printed in the summary.
     */
    public RobustnessTarget neverWithValidCredentials(String operationKey, String why) {
        noValidCredentials.put(operationKey, why);
        return this;
    }

    /**
     * A 5xx (or other violation) already reported and awaiting its production fix: violations whose
     * {@code "<kind> @ <operation> | <label>"} starts with {@code prefix} (e.g.
     * {@code "5xx @ POST /permits | body.holder.name"}) are listed in the summary as known
     * instead of failing the build. The fixes empty this list; an entry nothing matches is reported
     * as ready to delete.
     */
    public RobustnessTarget knownDefect(String prefix, String description) {
        knownDefects.put(prefix, description);
        return this;
    }

    /**
     * How many requests this service gets in {@code ./mvnw verify}: chosen so that the suite adds about a
     * minute on a 2-core machine. {@code -Dsamt.robustness.requests} overrides it for long local runs.
     */
    public RobustnessTarget requests(int count) {
        this.requests = count;
        return this;
    }

    int requests() {
        return Integer.getInteger("samt.robustness.requests", requests);
    }

    long seed() {
        String value = System.getProperty("samt.robustness.seed", "20261201");
        return "random".equals(value) ? System.nanoTime() : Long.parseLong(value);
    }
}
