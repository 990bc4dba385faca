package ir.samt.units.unit;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ir.samt.platform.persian.PersianText;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.search.Keyset;
import ir.samt.platform.search.SearchQuery;
import ir.samt.platform.search.SortField;

/**
 * Filtered, sorted, paged search over units. Name search matches a substring of the stored search
 * key ({@link PersianText#searchKey}), so Arabic yeh/kaf, Persian digits and a missing or extra ZWNJ
 * or space in the query still find the unit; a trigram index keeps it fast.
 */
@ApplicationScoped
public class UnitSearch {

    public static final int MAX_PAGE_SIZE = 200;
    /** Every sort has a (column, id) index (V6), so a page is a range of one index whatever its depth. */
    private static final Map<String, SortField<Unit>> SORTABLE = Map.of(
            "registeredOn", SortField.date("u.registeredOn", u -> u.registeredOn),
            "name", SortField.text("u.nameKey", u -> u.nameKey),
            "employees", SortField.integer("u.employees", u -> u.employees),
            "statusSince", SortField.date("u.statusSince", u -> u.statusSince));
    private static final String DEFAULT_SORT = "-registeredOn";

    /**
     * {@code totals}: a page carries the count and employees of every match only when asked for. Counting
     * costs what the matches cost (505 ms for an unfiltered search at a million units, where the page
     * itself is one index range), and even "exact up to a bound" read the bound's rows on every page.
     */
    public enum Totals {
        none, exact
    }

    public record Criteria(String province, UnitKind kind, GuildGroup guildGroup, UnitStatus status, String sector,
            String estateCode, StagnationReason reason, String name, int page, int size, String sort, String cursor,
            Totals totals) {
    }

    /** {@code totalItems} and {@code totalEmployees} are null when totals were not asked for. */
    public record Page(List<Unit> items, int page, int size, String next, Long totalItems, Long totalEmployees) {
    }

    @Inject
    EntityManager em;

    public Page search(Criteria c) {
        SearchQuery query = new SearchQuery("u", c.page(), c.size(), MAX_PAGE_SIZE)
                .province(c.province())
                .where("u.kind = :kind", "kind", c.kind())
                .where("u.guildGroup = :guildGroup", "guildGroup", c.guildGroup())
                .where("u.status = :status", "status", c.status())
                .where(":reason member of u.stagnationReasons", "reason", c.reason());
        if (c.sector() != null) {
            String sector = PersianText.toAsciiDigits(SearchQuery.text("sector", c.sector()));
            if (!sector.matches("[0-9]{2}")) {
                throw ProblemException.invalid("sector", "must be a 2-digit ISIC Rev.3 division such as 19");
            }
            query.where("u.sector = :sector", "sector", sector);
        }
        if (c.estateCode() != null) {
            query.where("u.estateCode = :estateCode", "estateCode", SearchQuery.text("estateCode", c.estateCode()).toUpperCase());
        }
        if (c.name() != null) {
            String key = PersianText.searchKey(SearchQuery.text("name", c.name()));
            if (key.isEmpty()) {
                throw ProblemException.invalid("name", "must contain at least one letter or digit");
            }
            if (key.length() > 200) {
                throw ProblemException.invalid("name", "must be at most 200 characters");
            }
            query.where("u.nameKey like :name escape '\\'", "name", "%" + escapeLike(key) + "%");
        }
        Keyset<Unit> keyset = Keyset.of("u", c.sort(), DEFAULT_SORT, SORTABLE, u -> u.id);
        Object[] totals = totals(query, c.totals());
        if (c.cursor() != null && c.page() != 0) {
            throw ProblemException.invalid("page", "cannot be combined with a cursor: the cursor says where the page starts");
        }
        keyset.continueAfter(SearchQuery.text("cursor", c.cursor()), query);
        List<Unit> items = query.bind(em.createQuery("select u from Unit u" + query.whereClause() + keyset.orderBy(), Unit.class))
                .setFirstResult(query.offset())
                .setMaxResults(c.size())
                .getResultList();
        return new Page(items, c.page(), c.size(), keyset.next(items, c.size()),
                totals == null ? null : ((Number) totals[0]).longValue(), totals == null ? null : ((Number) totals[1]).longValue());
    }

    /** Count and employees of every match (before the cursor narrows them), or null unless asked for. */
    private Object[] totals(SearchQuery query, Totals totals) {
        if (totals != Totals.exact) {
            return null;
        }
        String filter = query.whereClause();
        return query.bind(em.createQuery("select count(u), coalesce(sum(u.employees), 0) from Unit u" + filter,
                Object[].class)).getSingleResult();
    }

    private static String escapeLike(String key) {
        return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
