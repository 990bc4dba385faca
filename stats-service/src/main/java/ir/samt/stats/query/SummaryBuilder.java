package ir.samt.stats.query;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

import ir.samt.contracts.totals.Flow;
import ir.samt.contracts.totals.Licences;
import ir.samt.contracts.totals.Money;
import ir.samt.contracts.totals.ProvinceRef;
import ir.samt.contracts.totals.Revivals;
import ir.samt.contracts.totals.Stagnations;
import ir.samt.contracts.totals.Stocks;
import ir.samt.contracts.totals.Units;
import ir.samt.platform.calendar.JalaliDate;
import ir.samt.stats.projection.Metric;

/** Shapes {@link Totals} into the summary document; pure, so tests can reach it without HTTP. */
public final class SummaryBuilder {

    private SummaryBuilder() {
    }

    public static Views.Summary summary(ProvinceRef province, Period period, String state, Totals t) {
        Licences licences = new Licences(licenceFlow(t, "issued"), licenceFlow(t, "renewed"),
                licenceFlow(t, "revoked"), licenceFlow(t, "expired"));

        Map<String, Long> stagnatedByKind = byKind(t, "unit.stagnated:", Indicators.UNIT_KINDS);
        Map<String, Long> byReason = new LinkedHashMap<>();
        for (String reason : Indicators.REASONS) {
            byReason.put(reason, t.count(Metric.stagnationReason(reason)));
        }
        Totals.Sum revived = t.prefix("unit.revived:");
        Units units = new Units(byKind(t, "unit.registered:", Indicators.UNIT_KINDS),
                byKind(t, "unit.closed:", Indicators.UNIT_KINDS),
                new Stagnations(t.count("unit.stagnated:"), stagnatedByKind, byReason),
                new Revivals(revived.count(), money(revived.amount()), revived.jobs()));

        Views.Estates estates = new Views.Estates(withTotal(byKind(t, "estate.registered:", Indicators.ESTATE_KINDS)));

        Map<String, Long> activeLicences = new LinkedHashMap<>();
        for (String kind : Indicators.LICENCE_KINDS) {
            activeLicences.put(kind, t.count(Metric.activeLicences(kind)));
        }
        Map<String, Long> estateStock = new LinkedHashMap<>();
        for (String kind : Indicators.ESTATE_KINDS) {
            estateStock.put(kind, t.count(Metric.estates(kind)));
        }
        Stocks stocks = new Stocks(period.lastDay(), JalaliDate.of(period.lastDay()).toString(),
                withTotal(activeLicences), t.count(Metric.activeUnits("INDUSTRIAL")),
                t.count(Metric.activeUnits("GUILD")), t.count(Metric.STOCK_PREFIX + "unit.stagnant:"),
                withTotal(estateStock));

        return new Views.Summary(province, Views.period(period), state, licences, units, estates, stocks,
                Indicators.json(Indicators.compute(t)), InspectionFigures.of(t),
                ProjectFigures.summary(period, t));
    }

    private static Flow licenceFlow(Totals t, String action) {
        Map<String, Flow> byKind = new LinkedHashMap<>();
        for (String kind : Indicators.LICENCE_KINDS) {
            Map<String, Flow> byScope = null;
            if (!kind.equals("GUILD")) {
                byScope = new LinkedHashMap<>();
                for (String scope : Indicators.SCOPES) {
                    byScope.put(scope, flow(t.prefix(Metric.permit(action, kind, scope)), null, null));
                }
            }
            byKind.put(kind, flow(t.prefix("permit." + action + ":" + kind + ":"), null, byScope));
        }
        return flow(t.prefix("permit." + action + ":"), byKind, null);
    }

    private static Flow flow(Totals.Sum sum, Map<String, Flow> byKind, Map<String, Flow> byScope) {
        return new Flow(sum.count(), money(sum.amount()), sum.jobs(), byKind, byScope);
    }

    /** The platform computes the three strings of an amount; the summary carries them in the contract's record. */
    static Money money(BigInteger rials) {
        ir.samt.platform.money.Money amount = ir.samt.platform.money.Money.of(rials);
        return new Money(amount.rials(), amount.tomans(), amount.display());
    }

    private static Map<String, Long> byKind(Totals t, String prefix, Iterable<String> kinds) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String kind : kinds) {
            m.put(kind, t.count(prefix + kind));
        }
        return m;
    }

    private static Map<String, Long> withTotal(Map<String, Long> byKind) {
        Map<String, Long> m = new LinkedHashMap<>(byKind);
        m.put("total", byKind.values().stream().reduce(0L, Math::addExact));
        return m;
    }
}
