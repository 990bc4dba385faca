package ir.samt.platform.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.TypedQuery;

import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.province.Province;

/**
 * The filtered, sorted, paged searches of every service: JPQL conditions joined with AND and bound
 * as parameters (never concatenated input), the page and sort parameters checked the same way
 * everywhere, each refusal naming its query parameter.
 */
public final class SearchQuery {

    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** {@code alias} is the entity's alias in the JPQL ({@code p} in {@code from Permit p}). */
    public SearchQuery(String alias, int page, int size, int maxSize) {
        this.alias = alias;
        if (page < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > maxSize) {
            throw ProblemException.invalid("size", "must be between 1 and " + maxSize);
        }
    }

    /** Adds {@code condition} (using {@code :name}) when {@code value} is not null. */
    public SearchQuery where(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
        return this;
    }

    /** A province filter: the ISO 3166-2:IR code, or a 400 naming {@code province}. */
    public SearchQuery province(String code) {
        if (code == null) {
            return this;
        }
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
