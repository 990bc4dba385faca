package ir.samt.units.unit;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ir.samt.platform.persian.PersianText;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.search.SearchQuery;

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
        String filter = query.whereClause();
        Object[] totals = query.bind(em.createQuery("select count(u), coalesce(sum(u.employees), 0) from Unit u" + filter,
                Object[].class)).getSingleResult();
        List<Unit> items = query.bind(em.createQuery("select u from Unit u" + filter
                + query.orderBy(c.sort(), SORTABLE, "u.registeredOn desc, u.id"), Unit.class))
                .setFirstResult(query.offset())
                .setMaxResults(c.size())
                .getResultList();
        return new Page(items, c.page(), c.size(), ((Number) totals[0]).longValue(), ((Number) totals[1]).longValue());
    }

    private static String escapeLike(String key) {
        return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
