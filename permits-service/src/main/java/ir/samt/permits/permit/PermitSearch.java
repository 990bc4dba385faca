package ir.samt.permits.permit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import ir.samt.platform.calendar.DateRange;
import ir.samt.platform.calendar.Jalali;
import ir.samt.platform.ids.HolderId;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.province.Province;

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
            add(where, params, "p.province = :province", "province", province.code());
        }
        if (c.kind() != null) {
            add(where, params, "p.kind = :kind", "kind", c.kind());
        }
        if (c.scope() != null) {
            add(where, params, "p.scope = :scope", "scope", c.scope());
        }
        if (c.status() != null) {
            add(where, params, "p.status = :status", "status", c.status());
        }
        if (c.sector() != null) {
            add(where, params, "p.sector = :sector", "sector", c.sector());
        }
        if (c.estateCode() != null) {
            add(where, params, "p.estateCode = :estate", "estate", c.estateCode());
        }
        if (c.holderId() != null) {
            HolderId holder = HolderId.parse(c.holderId())
                    .orElseThrow(() -> ProblemException.invalid("holderId", "is not a valid national code or legal-entity ID"));
            add(where, params, "p.holderId = :holder", "holder", holder.value());
        }
        LocalDate from = c.from();
        LocalDate to = c.to();
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
        if (from != null) {
            add(where, params, "p.issuedOn >= :from", "from", from);
        }
        if (to != null) {
            add(where, params, "p.issuedOn <= :to", "to", to);
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);

        Object[] totals = bind(em.createQuery("select count(p), coalesce(sum(p.fixedInvestmentRials), 0), "
                + "coalesce(sum(p.jobs), 0) from Permit p" + filter, Object[].class), params).getSingleResult();
        List<Permit> items = bind(em.createQuery("select p from Permit p" + filter + orderBy(c.sort()), Permit.class), params)
                .setFirstResult(c.page() * c.size())
                .setMaxResults(c.size())
                .getResultList();
        return new Page(items, c.page(), c.size(), ((Number) totals[0]).longValue(),
                ((Number) totals[1]).longValue(), ((Number) totals[2]).longValue());
    }

    private static String orderBy(String sort) {
        if (sort == null || sort.isBlank()) {
            return " order by p.issuedOn desc, p.licenceNumber desc";
        }
        boolean descending = sort.startsWith("-");
        String field = SORTABLE.get(descending ? sort.substring(1) : sort);
        if (field == null) {
            throw ProblemException.invalid("sort", "must be one of " + SORTABLE.keySet() + ", optionally prefixed by '-'");
        }
        return " order by " + field + (descending ? " desc" : " asc") + ", p.id";
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    private static void add(List<String> where, Map<String, Object> params, String clause, String name, Object value) {
        where.add(clause);
        params.put(name, value);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
