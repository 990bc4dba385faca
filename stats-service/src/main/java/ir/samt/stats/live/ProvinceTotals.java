package ir.samt.stats.live;

import java.util.LinkedHashMap;
import java.util.Map;

import ir.samt.stats.query.Views;

/**
 * The value published on {@code samt.stats.province-totals.v1} (key = province code): the
 * province's stocks now and its figures for the current and the previous Jalali year, so a system
 * mirroring the compacted topic can answer both "this year so far" and "last year" — the period a
 * director reports on — without calling back.
 *
 * <p>{@code version} is the province's {@code province_version} in the same database snapshot as the
 * figures: it grows with every change, and the topic receives a province's values in version order.
 */
public record ProvinceTotals(Views.ProvinceRef province, long version, String state, Views.Stocks stocks,
        Map<String, Year> years) {

    /** One Jalali year's figures, the same as {@code GET /stats/provinces/{code}?year=}. */
    public record Year(Views.PeriodView period, Views.Licences licences, Views.Units units, Map<String, Object> indicators) {
        static Year of(Views.Summary summary) {
            return new Year(summary.period(), summary.licences(), summary.units(), summary.indicators());
        }
    }

    static ProvinceTotals of(long version, Views.Summary current, Views.Summary previous) {
        Map<String, Year> years = new LinkedHashMap<>();
        years.put(yearLabel(previous), Year.of(previous));
        years.put(yearLabel(current), Year.of(current));
        return new ProvinceTotals(current.province(), version, current.state(), current.stocks(), years);
    }

    private static String yearLabel(Views.Summary summary) {
        return summary.period().fromJalali().substring(0, 4);
    }
}
