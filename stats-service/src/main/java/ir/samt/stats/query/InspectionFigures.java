package ir.samt.stats.query;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ir.samt.contracts.totals.Money;
import ir.samt.stats.projection.InspectionMetric;

/**
 * Market inspections over a period (docs/stats.md, "Inspections"): visits, violations by type, case files and
 * their value, penalties ruled; and the same figures per campaign. Built from {@link Totals}, like every summary part.
 *
 * @param unitsWithViolations case files opened in the period: a unit's violations form one case while it is referred,
 *                            so this counts each unit once per case (a unit whose case was decided and that
 *                            violates again in the same period counts twice)
 * @param byCampaign          the same figures of each campaign's visits and cases in the period, by campaign code
 */
public record InspectionFigures(long visits, long visitsWithViolations, long unitsWithViolations, Violations violations,
        Cases cases, Map<String, InspectionFigures> byCampaign) {

    /** The standard violation types (contract's ViolationType), in display order. */
    static final List<String> TYPES = List.of("OVERPRICING", "SHORT_SELLING", "NO_PRICE_TAG", "NO_PRICE_LIST", "NO_INVOICE",
            "OUTSIDE_NETWORK", "HOARDING", "SMUGGLED_GOODS", "HYGIENE", "OTHER");

    public record Violations(long count, Money amount, Map<String, TypeFigures> byType) {
    }

    public record TypeFigures(long count, Money amount) {
    }

    /** Opened in the period, with the value of the violations they received in it; ruled (with penalties) and closed in it. */
    public record Cases(long opened, Money value, long ruled, Money penalties, long closed) {
    }

    static InspectionFigures of(Totals t) {
        Map<String, InspectionFigures> byCampaign = new TreeMap<>();
        campaigns(t).forEach((code, figures) -> byCampaign.put(code, plain(figures, null)));
        return plain(t, byCampaign);
    }

    private static InspectionFigures plain(Totals t, Map<String, InspectionFigures> byCampaign) {
        Map<String, TypeFigures> byType = new LinkedHashMap<>();
        for (String type : TYPES) {
            Totals.Sum sum = t.prefix(InspectionMetric.violation(type));
            byType.put(type, new TypeFigures(sum.count(), SummaryBuilder.money(sum.amount())));
        }
        Totals.Sum violations = t.prefix(InspectionMetric.VIOLATION_PREFIX);
        Totals.Sum ruled = t.prefix(InspectionMetric.CASE_RULED);
        long opened = t.count(InspectionMetric.CASE_OPENED);
        return new InspectionFigures(visits(t),
                t.count(InspectionMetric.VISIT_WITH_VIOLATIONS), opened,
                new Violations(violations.count(), SummaryBuilder.money(violations.amount()), byType),
                new Cases(opened, SummaryBuilder.money(violations.amount()), ruled.count(),
                        SummaryBuilder.money(ruled.amount()), t.count(InspectionMetric.CASE_CLOSED)),
                byCampaign);
    }

    /** Every visit ({@code insp.visit} exactly: {@code insp.visit.violating} shares its prefix). */
    private static long visits(Totals t) {
        return t.sum(InspectionMetric.VISIT::equals).count();
    }

    /** Each campaign's figures under their plain names: {@code cmp:X|insp.visit} becomes {@code insp.visit} of X. */
    static Map<String, Totals> campaigns(Totals t) {
        Map<String, Totals> byCampaign = new TreeMap<>();
        t.forEach((metric, sum) -> {
            if (metric.startsWith(InspectionMetric.CAMPAIGN_PREFIX)) {
                int bar = metric.indexOf('|');
                String code = metric.substring(InspectionMetric.CAMPAIGN_PREFIX.length(), bar);
                byCampaign.computeIfAbsent(code, k -> new Totals()).add(metric.substring(bar + 1), sum.count(), sum.amount(),
                        sum.jobs());
            }
        });
        return byCampaign;
    }

    /** The indicators rankings accept (names ending in Rials are money). */
    static void indicators(Map<String, BigInteger> m, Totals t) {
        Totals.Sum violations = t.prefix(InspectionMetric.VIOLATION_PREFIX);
        Totals.Sum ruled = t.prefix(InspectionMetric.CASE_RULED);
        m.put("inspections.count", BigInteger.valueOf(visits(t)));
        m.put("inspections.withViolations.count", BigInteger.valueOf(t.count(InspectionMetric.VISIT_WITH_VIOLATIONS)));
        m.put("inspections.violations.count", BigInteger.valueOf(violations.count()));
        m.put("inspections.violations.amountRials", violations.amount());
        m.put("inspections.cases.opened.count", BigInteger.valueOf(t.count(InspectionMetric.CASE_OPENED)));
        m.put("inspections.cases.ruled.count", BigInteger.valueOf(ruled.count()));
        m.put("inspections.cases.ruled.penaltyRials", ruled.amount());
        m.put("inspections.cases.closed.count", BigInteger.valueOf(t.count(InspectionMetric.CASE_CLOSED)));
    }
}
