package ir.samt.stats.query;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.samt.stats.projection.Metric;

/**
 * The flat list of figures a province can be ranked by, derived from {@link Totals}. Names ending
 * in {@code Rials} are money (strings in JSON); every other value is a count.
 */
public final class Indicators {

    static final List<String> LICENCE_KINDS = List.of("ESTABLISHMENT", "OPERATING", "GUILD");
    static final List<String> SCOPES = List.of("NEW", "EXPANSION");
    static final List<String> UNIT_KINDS = List.of("INDUSTRIAL", "GUILD");
    static final List<String> ESTATE_KINDS = List.of("TOWN", "ZONE");
    static final List<String> REASONS = List.of("LIQUIDITY", "RAW_MATERIALS", "MACHINERY_TECHNOLOGY", "MARKET",
            "ENERGY", "CURRENCY", "OTHER");

    /** Every indicator name, in display order; the rankings endpoint accepts exactly these. */
    public static final List<String> NAMES = List.copyOf(compute(new Totals()).keySet());

    private Indicators() {
    }

    public static Map<String, BigInteger> compute(Totals t) {
        Map<String, BigInteger> m = new LinkedHashMap<>();
        flow(m, "licences.issued", t.prefix("permit.issued:"));
        for (String kind : LICENCE_KINDS) {
            flow(m, "licences.issued." + kind, t.prefix("permit.issued:" + kind + ":"));
        }
        m.put("licences.renewed.count", big(t.count("permit.renewed:")));
        m.put("licences.revoked.count", big(t.count("permit.revoked:")));
        m.put("licences.expired.count", big(t.count("permit.expired:")));
        m.put("units.registered.count", big(t.count("unit.registered:")));
        m.put("units.closed.count", big(t.count("unit.closed:")));
        m.put("units.stagnated.count", big(t.count("unit.stagnated:")));
        Totals.Sum revived = t.prefix("unit.revived:");
        m.put("units.revived.count", big(revived.count()));
        m.put("units.revived.newInvestmentRials", revived.amount());
        m.put("units.revived.jobsRestored", big(revived.jobs()));
        m.put("estates.registered.count", big(t.count("estate.registered:")));
        m.put("stocks.activeLicences", big(t.count(Metric.STOCK_PREFIX + "licence.active:")));
        for (String kind : LICENCE_KINDS) {
            m.put("stocks.activeLicences." + kind, big(t.count(Metric.activeLicences(kind))));
        }
        m.put("stocks.activeIndustrialUnits", big(t.count(Metric.activeUnits("INDUSTRIAL"))));
        m.put("stocks.activeGuildUnits", big(t.count(Metric.activeUnits("GUILD"))));
        m.put("stocks.stagnantUnits", big(t.count(Metric.STOCK_PREFIX + "unit.stagnant:")));
        m.put("stocks.estates", big(t.count(Metric.STOCK_PREFIX + "estate:")));
        InspectionFigures.indicators(m, t);
        ProjectFigures.indicators(m, t);
        return m;
    }

    /** JSON form: money as digit strings so no consumer loses precision, counts as numbers. */
    public static Map<String, Object> json(Map<String, BigInteger> indicators) {
        Map<String, Object> json = new LinkedHashMap<>();
        indicators.forEach((name, value) -> json.put(name, isMoney(name) ? value.toString() : value.longValueExact()));
        return json;
    }

    public static boolean isMoney(String name) {
        return name.endsWith("Rials");
    }

    private static void flow(Map<String, BigInteger> m, String name, Totals.Sum sum) {
        m.put(name + ".count", big(sum.count()));
        m.put(name + ".fixedInvestmentRials", sum.amount());
        m.put(name + ".jobs", big(sum.jobs()));
    }

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }
}
