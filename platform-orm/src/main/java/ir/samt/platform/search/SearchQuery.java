package ir.samt.platform.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.TypedQuery;

import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.province.Province;
import ir.samt.platform.text.TextInput;

/**
 * The filtered, sorted, paged searches of every service: JPQL conditions joined with AND and bound
 * as parameters (never concatenated input), the page and sort parameters checked the same way
 * everywhere, each refusal naming its query parameter.
 */
public final class SearchQuery {

    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();
    private final int offset;

    /**
     * The deepest row a page may start at. Deeper pages are a scan of everything before them; a client
     * that needs them should narrow its filters. It also keeps {@code page × size} far from overflowing.
     */
    public static final int MAX_OFFSET = 100_000;

    /** {@code alias} is the entity's alias in the JPQL ({@code p} in {@code from Permit p}). */
    public SearchQuery(String alias, int page, int size, int maxSize) {
        this.alias = alias;
        if (page < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > maxSize) {
            throw ProblemException.invalid("size", "must be between 1 and " + maxSize);
        }
        long first = (long) page * size;
        if (first > MAX_OFFSET) {
            throw ProblemException.invalid("page", "reaches past row " + MAX_OFFSET + " (page × size); narrow the filters instead");
        }
        this.offset = (int) first;
    }

    /** The first row of the requested page. */
    public int offset() {
        return offset;
    }

    /**
     * A text query parameter checked by the platform's text rule ({@link TextInput}): a control
     * character is a 400 naming {@code parameter}, never a statement PostgreSQL refuses.
     *
     * @return the normalised value, or null for null
     */
    public static String text(String parameter, String value) {
        try {
            return TextInput.clean(value);
        } catch (TextInput.InvalidTextException e) {
            throw ProblemException.invalid(parameter, e.getMessage());
        }
    }

    /**
     * Adds {@code condition} (using {@code :name}) when {@code value} is not null. {@code name} is also
     * the query parameter's name in refusals: a text value goes through {@link #text}.
     */
    public SearchQuery where(String condition, String name, Object value) {
        if (value instanceof String text) {
            text(name, text);
        }
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
        return this;
    }

    /** Adds {@code condition} with several parameters of its own (already checked by the caller). */
    public SearchQuery where(String condition, Map<String, Object> parameters) {
        conditions.add(condition);
        params.putAll(parameters);
        return this;
    }

    /** A province filter: the ISO 3166-2:IR code, or a 400 naming {@code province}. */
    public SearchQuery province(String code) {
        if (code == null) {
            return this;
        }
        text("province", code);
        Province province = Province.byCode(code)
                .orElseThrow(() -> ProblemException.invalid("province", "is not an ISO 3166-2:IR province code"));
        return where(alias + ".province = :province", "province", province.code());
    }

    /** " where a and b", or "" without conditions. */
    public String whereClause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        params.forEach(query::setParameter);
        return query;
    }

    /**
     * " order by ..." for {@code sort} (a key of {@code sortable}, '-' prefix for descending), with the
     * id as tie-breaker so pages never overlap; {@code defaultOrder} when no sort is asked for.
     */
    public String orderBy(String sort, Map<String, String> sortable, String defaultOrder) {
        if (sort == null || sort.isBlank()) {
            return " order by " + defaultOrder;
        }
        boolean descending = sort.startsWith("-");
        String field = sortable.get(descending ? sort.substring(1) : sort);
        if (field == null) {
            throw ProblemException.invalid("sort", "must be one of " + sortable.keySet() + ", optionally prefixed by '-'");
        }
        return " order by " + field + (descending ? " desc" : " asc") + ", " + alias + ".id";
    }
}
