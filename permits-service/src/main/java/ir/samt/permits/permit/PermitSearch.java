package ir.samt.permits.permit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ir.samt.platform.calendar.DateRange;
import ir.samt.platform.calendar.Jalali;
import ir.samt.platform.ids.HolderId;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.search.Keyset;
import ir.samt.platform.search.SearchQuery;
import ir.samt.platform.search.SortField;

/**
 * Filtered, sorted search over licences, paged by cursor ({@link Keyset}): every sort has a (column, id)
 * index and every filter an index in the default sort's order (V4), so a page costs what the first costs
 * at any depth and any registry size. Totals are counted only when asked for ({@code totals=exact}).
 */
@ApplicationScoped
public class PermitSearch {

    public static final int MAX_PAGE_SIZE = 200;
    private static final Map<String, SortField<Permit>> SORTABLE = Map.of(
            "issuedOn", SortField.date("p.issuedOn", p -> p.issuedOn),
            "licenceNumber", SortField.text("p.licenceNumber", p -> p.licenceNumber),
            "fixedInvestment", SortField.longValue("p.fixedInvestmentRials", p -> p.fixedInvestmentRials),
            "jobs", SortField.integer("p.jobs", p -> p.jobs),
            // licences that never expire (operating) sort after every date
            "validUntil", SortField.date("p.validUntilKey", p -> p.validUntilKey));
    private static final String DEFAULT_SORT = "-issuedOn";

    /** Whether a page carries the count, investment and jobs of every match (they cost what the matches cost). */
    public enum Totals {
        none, exact
    }

    public record Criteria(String province, PermitKind kind, PermitScope scope, PermitStatus status, String sector,
            String estateCode, String holderId, String externalRef, Integer year, LocalDate from, LocalDate to,
            int page, int size, String sort, String cursor, Totals totals) {
    }

    /** The totals are null unless asked for. */
    public record Page(List<Permit> items, int page, int size, String next, Long totalItems, Long totalInvestmentRials,
            Long totalJobs) {
    }

    @Inject
    EntityManager em;

    public Page search(Criteria c) {
        SearchQuery query = new SearchQuery("p", c.page(), c.size(), MAX_PAGE_SIZE)
                .province(c.province())
                .where("p.kind = :kind", "kind", c.kind())
                .where("p.scope = :scope", "scope", c.scope())
                .where("p.status = :status", "status", c.status())
                .where("p.sector = :sector", "sector", c.sector())
                .where("p.estateCode = :estateCode", "estateCode", c.estateCode())
                .where("p.externalRef = :externalRef", "externalRef", c.externalRef());
        if (c.holderId() != null) {
            HolderId holder = HolderId.parse(SearchQuery.text("holderId", c.holderId()))
                    .orElseThrow(() -> ProblemException.invalid("holderId", "is not a valid national code or legal-entity ID"));
            query.where("p.holderId = :holder", "holder", holder.value());
        }
        LocalDate from = withinCalendar("from", c.from());
        LocalDate to = withinCalendar("to", c.to());
        if (c.year() != null) {
            if (c.year() < 1300 || c.year() > 1500) {
                throw ProblemException.invalid("year", "must be a Jalali year such as 1404");
            }
            DateRange range = Jalali.yearRange(c.year());
            from = later(from, range.fromInclusive());
            to = earlier(to, range.toExclusive().minusDays(1));
        }
        if (from != null && to != null && from.isAfter(to) && c.year() == null) {
            throw ProblemException.invalid("from", "must not be after 'to'");
        }
        query.where("p.issuedOn >= :from", "from", from).where("p.issuedOn <= :to", "to", to);

        Keyset<Permit> keyset = Keyset.of("p", c.sort(), DEFAULT_SORT, SORTABLE, p -> p.id);
        Object[] totals = totals(query, c.totals());
        if (c.cursor() != null && c.page() != 0) {
            throw ProblemException.invalid("page", "cannot be combined with a cursor: the cursor says where the page starts");
        }
        keyset.continueAfter(c.cursor() == null ? null : SearchQuery.text("cursor", c.cursor()), query);
        List<Permit> items = query.bind(em.createQuery("select p from Permit p" + query.whereClause() + keyset.orderBy(),
                Permit.class))
                .setFirstResult(query.offset())
                .setMaxResults(c.size())
                .getResultList();
        return new Page(items, c.page(), c.size(), keyset.next(items, c.size()),
                totals == null ? null : ((Number) totals[0]).longValue(),
                totals == null ? null : ((Number) totals[1]).longValue(),
                totals == null ? null : ((Number) totals[2]).longValue());
    }

    /** Count, investment and jobs of every match (before the cursor narrows them), or null unless asked for. */
    private Object[] totals(SearchQuery query, Totals totals) {
        if (totals != Totals.exact) {
            return null;
        }
        return query.bind(em.createQuery("select count(p), coalesce(sum(p.fixedInvestmentRials), 0), "
                + "coalesce(sum(p.jobs), 0) from Permit p" + query.whereClause(), Object[].class)).getSingleResult();
    }

    /** A date PostgreSQL and the Jalali calendar can both hold; +999999999-01-01 used to reach the database. */
    private static LocalDate withinCalendar(String parameter, LocalDate date) {
        if (date != null && (date.getYear() < 1900 || date.getYear() > 2200)) {
            throw ProblemException.invalid(parameter, "must be a date between 1900 and 2200");
        }
        return date;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
