package ir.samt.stats.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import ir.samt.platform.calendar.JalaliDate;
import ir.samt.platform.money.Money;
import ir.samt.platform.province.Province;

/** The JSON documents of the read API (docs/stats.md). */
public final class Views {

    private Views() {
    }

    public record ProvinceRef(String code, String nameFa, String nameEn) {
        public static final ProvinceRef NATIONAL = new ProvinceRef("IR", "ایران", "Iran");

        public static ProvinceRef of(Province p) {
            return new ProvinceRef(p.code(), p.persianName(), p.englishName());
        }
    }

    /** A period labelled both ways: ISO dates (both inclusive) and their Jalali rendering. */
    public record PeriodView(String kind, String label, String labelFa, LocalDate from, LocalDate to,
            String fromJalali, String toJalali) {
        public static PeriodView of(Period p) {
            return new PeriodView(p.kind().name(), p.label(), p.labelFa(), p.range().fromInclusive(), p.lastDay(),
                    JalaliDate.of(p.range().fromInclusive()).toString(), JalaliDate.of(p.lastDay()).toString());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Flow(long count, Money fixedInvestment, long jobs, Map<String, Flow> byKind,
            Map<String, Flow> byScope) {
    }

    public record Licences(Flow issued, Flow renewed, Flow revoked, Flow expired) {
    }

    public record Stagnations(long count, Map<String, Long> byKind, Map<String, Long> byReason) {
    }

    public record Revivals(long count, Money newInvestment, long jobsRestored) {
    }

    public record Units(Map<String, Long> registered, Map<String, Long> closed, Stagnations stagnations,
            Revivals revivals) {
    }

    public record Estates(Map<String, Long> registered) {
    }

    /** Stocks at the end of the period (for the current year: now). */
    public record Stocks(LocalDate asOf, String asOfJalali, Map<String, Long> activeLicences,
            long activeIndustrialUnits, long activeGuildUnits, long stagnantUnits, Map<String, Long> estates) {
    }

    /**
     * A province's (or the country's) figures for one period. {@code state} is LIVE, or REBUILDING
     * while a rebuild replays the topics (figures are then partial and climbing).
     */
    public record Summary(ProvinceRef province, PeriodView period, String state, Licences licences, Units units,
            Estates estates, Stocks stocks, Map<String, Object> indicators) {
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
