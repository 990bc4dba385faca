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
import ir.samt.platform.search.SearchQuery;

/** Filtered, sorted, paged search over licences, with the page's totals computed by the database. */
@ApplicationScoped
public class PermitSearch {

    public static final int MAX_PAGE_SIZE = 200;
    private static final Map<String, String> SORTABLE = Map.of(
            "issuedOn", "p.issuedOn", "licenceNumber", "p.licenceNumber",
            "fixedInvestment", "p.fixedInvestmentRials", "jobs", "p.jobs", "validUntil", "p.validUntil");

    public record Criteria(String province, PermitKind kind, PermitScope scope, PermitStatus status, String sector,
            String estateCode, String holderId, Integer year, LocalDate from, LocalDate to,
            int page, int size, String sort) {
    }

    public record Page(List<Permit> items, int page, int size, long totalItems, long totalInvestmentRials, long totalJobs) {
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
                .where("p.estateCode = :estateCode", "estateCode", c.estateCode());
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

        String filter = query.whereClause();
        Object[] totals = query.bind(em.createQuery("select count(p), coalesce(sum(p.fixedInvestmentRials), 0), "
                + "coalesce(sum(p.jobs), 0) from Permit p" + filter, Object[].class)).getSingleResult();
        List<Permit> items = query.bind(em.createQuery("select p from Permit p" + filter
                + query.orderBy(c.sort(), SORTABLE, "p.issuedOn desc, p.licenceNumber desc"), Permit.class))
                .setFirstResult(query.offset())
                .setMaxResults(c.size())
                .getResultList();
        return new Page(items, c.page(), c.size(), ((Number) totals[0]).longValue(),
                ((Number) totals[1]).longValue(), ((Number) totals[2]).longValue());
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
