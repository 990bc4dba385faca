package ir.samt.permits.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import ir.samt.platform.testing.SearchPlans;

/**
 * Every filter and sort that {@code GET /permits} documents, read from the service's own OpenAPI document
 * (so a filter added later is covered without touching this test), run against 200,000 licences: none may
 * scan the table or touch a share of it, on the first page or the next one by cursor ({@link SearchPlans}).
 * The licences live in a table of the service's shape in a schema of their own, in a transaction that is
 * rolled back: other tests never see them, nor they the licences of other tests.
 */
@QuarkusTest
class PermitSearchPlanTest {

    private static final int LICENCES = 200_000;
    /** What a page of 50 may touch: its rows and those a filter skips on the way, whatever the table's size. */
    private static final long ROWS_TOUCHED_BOUND = 8_000;

    /**
     * Not yet bounded, and said so in docs/permits.md: a date-of-issue filter (year, from, to) sorted by the
     * term's end. The two dates go together (a term ends a fixed number of years after it starts), so walking
     * the validUntil index reaches a year's licences only after every earlier one, and the issue-date index
     * finds them but then sorts them all. Listed so that it is a known gap, not a silent one.
     */
    private static final Set<String> NOT_YET_BOUNDED = Set.of("year+validUntil", "year+-validUntil", "from+validUntil",
            "from+-validUntil", "to+validUntil", "to+-validUntil");

    @Inject
    PermitSearch search;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Test
    void everyDocumentedFilterAndSortReadsAnIndexRangeNotTheTable() {
        SearchPlans.Documented documented = SearchPlans.documented("/permits");
        Map<String, Object> filters = new LinkedHashMap<>();
        documented.filters().forEach((name, schema) -> filters.put(name, sample(name, schema)));
        assertThat(filters).containsKeys("province", "status", "externalRef", "year");
        assertThat(documented.sorts()).contains("-issuedOn", "validUntil");

        List<List<String>> failures = new ArrayList<>();
        boolean[] ran = { false };
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                registry();
                failures.add(SearchPlans.everyCase(documented, filters, NOT_YET_BOUNDED, ROWS_TOUCHED_BOUND,
                        (asked, cursor) -> search.search(criteria(asked, cursor)).next(), this::touched));
                ran[0] = true;
                QuarkusTransaction.setRollbackOnly();
            });
        } catch (io.quarkus.narayana.jta.QuarkusTransactionException rolledBack) {
            // what setRollbackOnly asked for: the generated registry is gone
        }
        assertThat(ran[0]).isTrue();
        assertThat(failures.get(0)).as("searches that scan or touch a share of %d licences", LICENCES).isEmpty();
    }

    private static PermitSearch.Criteria criteria(Map<String, Object> asked, String cursor) {
        Map<String, Object> fixed = new HashMap<>(Map.of("page", 0, "size", 50, "totals", PermitSearch.Totals.none));
        fixed.put("cursor", cursor);
        return SearchPlans.criteria(PermitSearch.Criteria.class, asked, fixed);
    }

    /** A value for a documented filter that matches a realistic share of the generated registry. */
    private static Object sample(String name, Map<String, Object> schema) {
        return switch (name) {
            case "province" -> "IR-08";
            case "sector" -> "52";
            case "estateCode" -> "IR-08-T99";
            case "holderId" -> "0076229645";
            case "externalRef" -> "plan-4711";
            case "year" -> 1400;
            case "from" -> LocalDate.of(2021, 3, 21);
            case "to" -> LocalDate.of(2022, 3, 20);
            default -> SearchPlans.firstEnumValue(name, schema);
        };
    }

    /**
     * 200,000 licences over the 31 provinces (IR-08, Tehran, with 15 %) and ten years: nine in ten guild
     * licences, the rest establishment and operating licences (a third of those in one industrial town); three
     * in four active, one in five expired; one holder with a licence in every thousand. The attributes are
     * independent of each other and of the sort keys.
     */
    private void registry() {
        em.createNativeQuery("CREATE SCHEMA plan_test").executeUpdate();
        em.createNativeQuery("CREATE TABLE plan_test.permit (LIKE public.permit INCLUDING ALL)").executeUpdate();
        // the search's unqualified SQL finds these first; the rows other tests left in public stay out of the way
        em.createNativeQuery("SET LOCAL search_path = plan_test, public").executeUpdate();
        em.createNativeQuery("""
                INSERT INTO permit (id, licence_number, external_ref, kind, scope, guild_term, holder_name, holder_id,
                    holder_id_kind, province, county, estate_code, activity_code, sector, fixed_investment_rials, jobs,
                    issued_on, issued_year, valid_until, status, renewals, created_at, updated_at, version)
                SELECT gen_random_uuid(), 'P-' || i, 'plan-' || i,
                    k.kind, CASE WHEN k.kind = 'GUILD' THEN NULL WHEN h.scope = 0 THEN 'EXPANSION' ELSE 'NEW' END,
                    CASE WHEN k.kind = 'GUILD' THEN 'PERMANENT' END, 'دارنده ' || i,
                    CASE WHEN i % 1000 = 0 THEN '0076229645' ELSE lpad(i::text, 10, '0') END, 'NATIONAL_CODE',
                    CASE WHEN h.province < 4 THEN 'IR-08' ELSE 'IR-' || lpad((1 + h.province % 31)::text, 2, '0') END,
                    'شهرستان', CASE WHEN k.kind <> 'GUILD' AND h.estate = 0 THEN 'IR-08-T99' END, '5211',
                    (10 + h.sector)::text, h.investment::bigint * 1000000, h.jobs, date '2015-03-21' + h.day, 1394 + h.day / 365,
                    CASE k.kind WHEN 'GUILD' THEN date '2015-03-21' + h.day + 1826 WHEN 'ESTABLISHMENT'
                        THEN date '2015-03-21' + h.day + 365 END,
                    CASE WHEN h.status < 15 THEN 'ACTIVE' WHEN h.status < 19 THEN 'EXPIRED' ELSE 'REVOKED' END,
                    0, now(), now(), 0
                FROM generate_series(1, :licences) AS i
                -- independent attributes: each drawn from its own hash of i, so no sort order lines up with a filter
                CROSS JOIN LATERAL (SELECT abs(hashint4(i + 1000003)) % 100 AS kind, abs(hashint4(i + 2000003)) % 32 AS province,
                    abs(hashint4(i + 3000017)) % 3 AS estate, abs(hashint4(i + 4000037)) % 80 AS sector,
                    abs(hashint4(i + 5000011)) % 200 AS jobs, abs(hashint4(i + 6000007)) % 20 AS status,
                    abs(hashint4(i + 7000003)) % 3650 AS day, abs(hashint4(i + 8000009)) % 5 AS scope,
                    abs(hashint4(i + 9000011)) % 100000 AS investment) AS h
                CROSS JOIN LATERAL (SELECT CASE WHEN h.kind < 90 THEN 'GUILD' WHEN h.kind < 97 THEN 'ESTABLISHMENT'
                    ELSE 'OPERATING' END AS kind) AS k
                """).setParameter("licences", LICENCES).executeUpdate();
        em.createNativeQuery("ANALYZE permit").executeUpdate();
    }

    /** This transaction's scans of the licence table so far. */
    private SearchPlans.Touched touched() {
        return SearchPlans.touched(dataSource, "permit");
    }
}
