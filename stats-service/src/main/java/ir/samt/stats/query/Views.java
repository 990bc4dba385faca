package ir.samt.stats.query;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import ir.samt.contracts.totals.Licences;
import ir.samt.contracts.totals.PeriodView;
import ir.samt.contracts.totals.ProvinceRef;
import ir.samt.contracts.totals.Stocks;
import ir.samt.contracts.totals.Units;
import ir.samt.platform.calendar.JalaliDate;
import ir.samt.platform.province.Province;

/**
 * The JSON documents of the read API (docs/stats.md). A summary's parts (province, period, licence and
 * unit flows, stocks) are the event contract's records ({@code ir.samt.contracts.totals}): the
 * province-totals topic carries them too, so both answer with one definition.
 */
public final class Views {

    private Views() {
    }

    /** The country, where a summary covers all 31 provinces. */
    public static final ProvinceRef NATIONAL = new ProvinceRef("IR", "ایران", "Iran");

    public static ProvinceRef province(Province p) {
        return new ProvinceRef(p.code(), p.persianName(), p.englishName());
    }

    /** A period labelled both ways: ISO dates (both inclusive) and their Jalali rendering. */
    public static PeriodView period(Period p) {
        return new PeriodView(p.kind().name(), p.label(), p.labelFa(), p.range().fromInclusive(), p.lastDay(),
                JalaliDate.of(p.range().fromInclusive()).toString(), JalaliDate.of(p.lastDay()).toString());
    }

    public record Estates(Map<String, Long> registered) {
    }

    /**
     * A province's (or the country's) figures for one period. {@code state} is LIVE, or REBUILDING
     * while a rebuild replays the topics (figures are then partial and climbing).
     */
    public record Summary(ProvinceRef province, PeriodView period, String state, Licences licences, Units units,
            Estates estates, Stocks stocks, Map<String, Object> indicators, InspectionFigures inspections,
            ProjectFigures.Projects projects) {
    }

    public record NationalRow(ProvinceRef province, Map<String, Object> indicators) {
    }

    public record National(PeriodView period, String state, Summary total, List<NationalRow> provinces) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RankingRow(Integer rank, ProvinceRef province, Object value, String display, String tercile) {
    }

    public record Rankings(String indicator, PeriodView period, String state, int outOf, List<RankingRow> rankings,
            List<ProvinceRef> withoutData) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BreakdownRow(String key, String labelFa, String labelEn, PeriodView period,
            Map<String, Object> indicators) {
    }

    public record Breakdown(ProvinceRef province, String by, PeriodView period, String state, List<BreakdownRow> rows) {
    }
}
