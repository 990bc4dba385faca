package ir.samt.units.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
 * Every filter and sort that {@code GET /units} documents, read from the service's own OpenAPI document
 * (so a filter added later is covered without touching this test), run against 200,000 units: none may
 * scan the table or touch a share of it. What a search touched is read from PostgreSQL's own counters
 * for the transaction ({@code pg_stat_xact_user_tables}, and for the indexes {@code pg_stat_get_xact_tuples_returned}), so this checks the plan
 * PostgreSQL actually ran with the actual values, not an estimate.
 *
 * <p>The rows are written to tables of the service's shape in a schema of their own, and the searches run
 * in one transaction that is rolled back: other tests never see them, nor they the rows of other tests.
 */
@QuarkusTest
class UnitSearchPlanTest {

    private static final int UNITS = 200_000;
    /**
     * What a page of 50 may touch: its own rows and those a filter skips on the way, independent of the
     * table's size (a scan of 200,000 rows, or a sort of a province's 25,000, is far beyond).
     */
    private static final long ROWS_TOUCHED_BOUND = 8_000;
    /**
     * Not yet bounded, and said so in docs/units.md: a name filter sorted by name. The matches of a word
     * are one block of the name order, so walking the (name_key, id) index reaches them only after every
     * name before them; the trigram index finds them but then sorts them all. Listed here so that it is
     * a known gap, not a silent one: every other combination is held to the bound.
     */
    private static final Set<String> NOT_YET_BOUNDED = Set.of("name+name", "name+-name");

    @Inject
    UnitSearch search;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Test
    void everyDocumentedFilterAndSortReadsAnIndexRangeNotTheTable() {
        SearchPlans.Documented documented = SearchPlans.documented("/units");
        Map<String, Object> filters = new LinkedHashMap<>();
        documented.filters().forEach((name, schema) -> filters.put(name, sample(name, schema)));
        assertThat(filters).containsKeys("province", "status", "name");

        List<List<String>> failures = new ArrayList<>();
        boolean[] ran = { false };
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                filters.replace("estateCode", registry());
                failures.add(SearchPlans.everyCase(documented, filters, NOT_YET_BOUNDED, ROWS_TOUCHED_BOUND,
                        (asked, cursor) -> search.search(criteria(asked, cursor)).next(), this::touched));
                ran[0] = true;
                QuarkusTransaction.setRollbackOnly();
            });
        } catch (io.quarkus.narayana.jta.QuarkusTransactionException rolledBack) {
            // what setRollbackOnly asked for: the generated registry is gone
        }
        assertThat(ran[0]).isTrue();
        assertThat(failures.get(0)).as("searches that scan or touch a share of %d units", UNITS).isEmpty();
    }

    private static UnitSearch.Criteria criteria(Map<String, Object> asked, String cursor) {
        Map<String, Object> fixed = new java.util.HashMap<>(Map.of("page", 0, "size", 50, "totals", UnitSearch.Totals.none));
        fixed.put("cursor", cursor);
        return SearchPlans.criteria(UnitSearch.Criteria.class, asked, fixed);
    }

    /** A value for a documented filter that matches a realistic share of the generated registry. */
    private static Object sample(String name, Map<String, Object> schema) {
        return switch (name) {
            case "province" -> "IR-08";
            case "sector" -> "52";
            case "estateCode" -> "(the generated estate)";
            case "name" -> "عطاری";
            case "status" -> "ACTIVE";
            case "reason" -> "MARKET";
            default -> SearchPlans.firstEnumValue(name, schema);
        };
    }

    /**
     * 200,000 units over the 31 provinces (IR-08, Tehran, with 15 %), nine in ten guild units, one in ten
     * stagnant, 1 in 10 named with the common word عطاری; a third of the industrial units in one industrial
     * town. The attributes are independent of each other and of the sort keys (see the measurements' note
     * on correlated filters and sorts).
     */
    private String registry() {
        // tables of their own, shaped and indexed as the service's (LIKE ... INCLUDING ALL), so the rows
        // other tests left behind (a 12,000-unit import of today's date at the head of every date index) do
        // not stand between a filter and its matches; the search's unqualified SQL finds them first
        em.createNativeQuery("CREATE SCHEMA plan_test").executeUpdate();
        em.createNativeQuery("CREATE TABLE plan_test.unit (LIKE public.unit INCLUDING ALL)").executeUpdate();
        em.createNativeQuery("CREATE TABLE plan_test.unit_stagnation_reason (LIKE public.unit_stagnation_reason INCLUDING ALL)")
                .executeUpdate();
        em.createNativeQuery("SET LOCAL search_path = plan_test, public").executeUpdate();
        String estate = "IR-08-T99";
        em.createNativeQuery("INSERT INTO estate (code, kind, name_fa, province, county, created_at, version) "
                + "VALUES ('" + estate + "', 'TOWN', 'شهرک آزمون', 'IR-08', 'تهران', now(), 1) ON CONFLICT DO NOTHING").executeUpdate();
        em.createNativeQuery("""
                INSERT INTO unit (id, external_ref, kind, guild_group, name, name_key, holder_id, holder_id_kind, province,
                    county, estate_code, activity_code, sector, employees, licence_number, status, registered_on,
                    status_since, created_at, updated_at, version)
                SELECT gen_random_uuid(), 'plan-' || i,
                    CASE WHEN h.kind = 0 THEN 'INDUSTRIAL' ELSE 'GUILD' END,
                    CASE WHEN h.kind = 0 THEN NULL WHEN h.kind % 2 = 0 THEN 'DISTRIBUTION_SERVICES' ELSE 'PRODUCTION_TECHNICAL' END,
                    w.word || ' ' || i, w.word || i, lpad(i::text, 10, '0'), 'NATIONAL_CODE',
                    CASE WHEN h.province < 4 THEN 'IR-08' ELSE 'IR-' || lpad((1 + h.province % 31)::text, 2, '0') END, 'شهرستان',
                    CASE WHEN h.kind = 0 AND h.estate = 0 THEN :estate END, '5211', (10 + h.sector)::text,
                    h.employees, NULL,
                    CASE WHEN h.status < 2 THEN 'STAGNANT' WHEN h.status = 2 THEN 'CLOSED' ELSE 'ACTIVE' END,
                    date '2015-03-21' + h.day, date '2015-03-21' + h.day + h.since, now(), now(), 1
                FROM generate_series(1, :units) AS i
                -- independent attributes: each drawn from its own hash of i, so no sort order lines up with a filter
                CROSS JOIN LATERAL (SELECT abs(hashint4(i)) % 10 AS word_no, abs(hashint4(i + 1000003)) % 10 AS kind,
                    abs(hashint4(i + 2000003)) % 32 AS province, abs(hashint4(i + 3000017)) % 3 AS estate,
                    abs(hashint4(i + 4000037)) % 80 AS sector, abs(hashint4(i + 5000011)) % 40 AS employees,
                    abs(hashint4(i + 6000007)) % 20 AS status, abs(hashint4(i + 7000003)) % 3650 AS day,
                    abs(hashint4(i + 8000009)) % 90 AS since) AS h
                CROSS JOIN LATERAL (SELECT (ARRAY['عطاری','نانوایی','کفش‌دوزی','سوپرمارکت','تعمیرگاه','پوشاک',
                    'لوازم خانگی','قنادی','آرایشگاه','کتاب‌فروشی'])[1 + h.word_no] AS word) AS w
                """).setParameter("estate", estate).setParameter("units", UNITS).executeUpdate();
        em.createNativeQuery("INSERT INTO unit_stagnation_reason (unit_id, reason) SELECT id, "
                + "CASE WHEN employees % 2 = 0 THEN 'MARKET' ELSE 'LIQUIDITY' END FROM unit "
                + "WHERE status = 'STAGNANT' AND external_ref LIKE 'plan-%'").executeUpdate();
        em.createNativeQuery("ANALYZE unit").executeUpdate();
        em.createNativeQuery("ANALYZE unit_stagnation_reason").executeUpdate();
        return estate;
    }

    /** This transaction's scans of the unit tables so far. */
    private SearchPlans.Touched touched() {
        return SearchPlans.touched(dataSource, "unit", "unit_stagnation_reason");
    }
}
