package ir.samt.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import io.restassured.path.json.JsonPath;

/**
 * What the search-plan tests share (issue 23): a search's documented filters and sorts read from the
 * service's own OpenAPI document, so a filter added later is covered without touching the test; the
 * search's criteria record built from one combination of them; and what a search touched, read from
 * PostgreSQL's own counters for the transaction ({@code pg_stat_xact_user_tables}, and for the indexes
 * {@code pg_stat_get_xact_tuples_returned}): the plan PostgreSQL actually ran with the actual values.
 */
public final class SearchPlans {

    /** Page, cursor and totals parameters: they shape the page, they do not filter. */
    public static final Set<String> NOT_FILTERS = Set.of("page", "size", "sort", "cursor", "totals");

    /** The documented sorts (the sort parameter's enum) and every filter with its schema. */
    public record Documented(List<String> sorts, Map<String, Map<String, Object>> filters) {
    }

    /** Rows a search touched, and how many times it scanned a table whole. */
    public record Touched(long sequentialScans, long rows) {

        public Touched minus(Touched other) {
            return new Touched(sequentialScans - other.sequentialScans, rows - other.rows);
        }
    }

    private SearchPlans() {
    }

    /** The GET operation of {@code path} as the running service documents it at /q/openapi. */
    @SuppressWarnings("unchecked")
    public static Documented documented(String path) {
        JsonPath openapi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> parameters = openapi.getList("paths.'" + path + "'.get.parameters");
        assertThat(parameters).as("the parameters of GET " + path).isNotEmpty();
        List<String> sorts = new ArrayList<>();
        Map<String, Map<String, Object>> filters = new LinkedHashMap<>();
        for (Map<String, Object> parameter : parameters) {
            String name = (String) parameter.get("name");
            Map<String, Object> schema = resolve(openapi, (Map<String, Object>) parameter.get("schema"));
            if (name.equals("sort")) {
                List<String> values = (List<String>) schema.get("enum");
                assertThat(values).as("the documented sorts of GET " + path).isNotEmpty();
                sorts.addAll(values);
            } else if (!NOT_FILTERS.contains(name)) {
                filters.put(name, schema);
            }
        }
        return new Documented(sorts, filters);
    }

    /** Runs one search: the criteria asked and a cursor (null for the first page); answers the page's next cursor. */
    @FunctionalInterface
    public interface Search {
        String page(Map<String, Object> asked, String cursor);
    }

    /**
     * Every documented sort alone and with each filter, first page and next page by cursor; a search that
     * scanned a table or touched more than {@code rowsBound} rows is a failure, described. {@code skipped}
     * names the known gaps ("filter+sort").
     */
    public static List<String> everyCase(Documented documented, Map<String, Object> samples, Set<String> skipped,
            long rowsBound, Search search, java.util.function.Supplier<Touched> touched) {
        List<String> failures = new ArrayList<>();
        for (String sort : documented.sorts()) {
            List<Map<String, Object>> cases = new ArrayList<>();
            cases.add(Map.of("sort", sort));
            samples.forEach((name, value) -> cases.add(Map.of("sort", sort, name, value)));
            for (Map<String, Object> asked : cases) {
                if (asked.keySet().stream().anyMatch(k -> skipped.contains(k + "+" + sort))) {
                    continue;
                }
                Touched before = touched.get();
                String next = search.page(asked, null);
                check(failures, asked + " (first page)", touched.get().minus(before), rowsBound);
                if (next != null) {
                    before = touched.get();
                    search.page(asked, next);
                    check(failures, asked + " (next page, by cursor)", touched.get().minus(before), rowsBound);
                }
            }
        }
        return failures;
    }

    private static void check(List<String> failures, String search, Touched touched, long rowsBound) {
        if (touched.sequentialScans() > 0 || touched.rows() > rowsBound) {
            failures.add(search + ": " + touched);
        }
    }

    /** The first value a filter's enum documents; a filter without one needs a sample from the test. */
    public static Object firstEnumValue(String name, Map<String, Object> schema) {
        Object values = schema.get("enum");
        assertThat(values).as("a sample value for the filter '%s' (add one to the test)", name).isInstanceOf(List.class);
        return ((List<?>) values).get(0);
    }

    /**
     * The criteria record of one search: each query parameter is the record component of the same name
     * (an enum component takes the constant of that name); {@code fixed} gives the rest (page, size, cursor).
     */
    public static <C extends Record> C criteria(Class<C> type, Map<String, Object> asked, Map<String, Object> fixed) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Set<String> known = new HashSet<>();
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            known.add(name);
            Object value = fixed.containsKey(name) ? fixed.get(name) : asked.get(name);
            if (value instanceof String text && components[i].getType().isEnum()) {
                value = enumValue(components[i].getType(), text);
            }
            if (value == null && components[i].getType() == int.class) {
                throw new IllegalArgumentException("no value for " + name);
            }
            values[i] = value;
        }
        assertThat(known).as("every documented parameter is a search criterion").containsAll(asked.keySet());
        try {
            return type.cast(type.getDeclaredConstructors()[0].newInstance(values));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * This transaction's scans of {@code tables} so far. Call it inside the transaction the searches run in:
     * the data source hands out the transaction's own connection, whose counters these are.
     */
    public static Touched touched(DataSource dataSource, String... tables) {
        String[] regclasses = tables.clone();
        String list = String.join(", ", java.util.Collections.nCopies(regclasses.length, "?::regclass"));
        String sql = "SELECT coalesce(sum(t.seq_scan), 0), coalesce(sum(t.seq_tup_read), 0) + coalesce((SELECT "
                + "sum(pg_stat_get_xact_tuples_returned(i.indexrelid)) FROM pg_index i WHERE i.indrelid IN (" + list
                + ")), 0) FROM pg_stat_xact_user_tables t WHERE t.relid IN (" + list + ")";
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < regclasses.length; i++) {
                select.setString(i + 1, regclasses[i]);
                select.setString(regclasses.length + i + 1, regclasses[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return new Touched(rs.getLong(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class<Enum>) type, name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(JsonPath openapi, Map<String, Object> schema) {
        if (schema != null && schema.get("$ref") instanceof String ref) {
            return openapi.getMap("components.schemas." + ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema == null ? Map.of() : schema;
    }
}
