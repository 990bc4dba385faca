package ir.samt.units.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import ir.samt.platform.persian.PersianText;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.province.Province;

/**
 * Filtered, sorted, paged search over units. Name search matches a substring of the stored search
 * key ({@link PersianText#searchKey}), so Arabic yeh/kaf, Persian digits and a missing or extra ZWNJ
 * or space in the query still find the unit; a trigram index keeps it fast.
 */
@ApplicationScoped
public class UnitSearch {

    public static final int MAX_PAGE_SIZE = 200;
    private static final Map<String, String> SORTABLE = Map.of(
            "registeredOn", "u.registeredOn", "name", "u.nameKey", "employees", "u.employees", "statusSince", "u.statusSince");

    public record Criteria(String province, UnitKind kind, GuildGroup guildGroup, UnitStatus status, String sector,
            String estateCode, StagnationReason reason, String name, int page, int size, String sort) {
    }

    public record Page(List<Unit> items, int page, int size, long totalItems, long totalEmployees) {
    }

    @Inject
    EntityManager em;

    public Page search(Criteria c) {
        if (c.page() < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        if (c.size() < 1 || c.size() > MAX_PAGE_SIZE) {
            throw ProblemException.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (c.province() != null) {
            Province province = Province.byCode(c.province())
                    .orElseThrow(() -> ProblemException.invalid("province", "is not an ISO 3166-2:IR province code"));
            add(where, params, "u.province = :province", "province", province.code());
        }
        if (c.kind() != null) {
            add(where, params, "u.kind = :kind", "kind", c.kind());
        }
        if (c.guildGroup() != null) {
            add(where, params, "u.guildGroup = :guildGroup", "guildGroup", c.guildGroup());
        }
        if (c.status() != null) {
            add(where, params, "u.status = :status", "status", c.status());
        }
        if (c.sector() != null) {
            String sector = PersianText.toAsciiDigits(c.sector()).strip();
            if (!sector.matches("[0-9]{2}")) {
                throw ProblemException.invalid("sector", "must be a 2-digit ISIC Rev.3 division such as 19");
            }
            add(where, params, "u.sector = :sector", "sector", sector);
        }
        if (c.estateCode() != null) {
            add(where, params, "u.estateCode = :estate", "estate", c.estateCode().strip().toUpperCase());
        }
        if (c.reason() != null) {
            add(where, params, ":reason member of u.stagnationReasons", "reason", c.reason());
        }
        if (c.name() != null) {
            String key = PersianText.searchKey(c.name());
            if (key.isEmpty()) {
                throw ProblemException.invalid("name", "must contain at least one letter or digit");
            }
            if (key.length() > 200) {
                throw ProblemException.invalid("name", "must be at most 200 characters");
            }
            add(where, params, "u.nameKey like :name escape '\\'", "name", "%" + escapeLike(key) + "%");
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);

        Object[] totals = bind(em.createQuery("select count(u), coalesce(sum(u.employees), 0) from Unit u" + filter,
                Object[].class), params).getSingleResult();
        List<Unit> items = bind(em.createQuery("select u from Unit u" + filter + orderBy(c.sort()), Unit.class), params)
                .setFirstResult(c.page() * c.size())
                .setMaxResults(c.size())
                .getResultList();
        return new Page(items, c.page(), c.size(), ((Number) totals[0]).longValue(), ((Number) totals[1]).longValue());
    }

    private static String escapeLike(String key) {
        return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String orderBy(String sort) {
        if (sort == null || sort.isBlank()) {
            return " order by u.registeredOn desc, u.id";
        }
        boolean descending = sort.startsWith("-");
        String field = SORTABLE.get(descending ? sort.substring(1) : sort);
        if (field == null) {
            throw ProblemException.invalid("sort", "must be one of " + SORTABLE.keySet() + ", optionally prefixed by '-'");
        }
        return " order by " + field + (descending ? " desc" : " asc") + ", u.id";
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    private static void add(List<String> where, Map<String, Object> params, String clause, String name, Object value) {
        where.add(clause);
        params.put(name, value);
    }
}
