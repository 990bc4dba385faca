package ir.samt.stats.query;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import ir.samt.contracts.totals.ProvinceRef;
import ir.samt.platform.calendar.DateRange;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.province.Province;
import ir.samt.platform.sector.Sector;
import ir.samt.stats.live.ProvinceVersions;
import ir.samt.stats.projection.Metric;
import ir.samt.stats.query.StatsQueries.Dimension;
import ir.samt.stats.rebuild.RebuildState;

/**
 * The read side: summaries, the national table, rankings and breakdowns. Results are cached per
 * (area, period) and tagged with the version of the figures they were computed from; a batch that
 * changes a province (here or on another replica, see {@link ProvinceVersions}) makes the next
 * read recompute. Summary reads therefore cost a map lookup while totals are unchanged.
 *
 * <p>A province's summary has one computation, {@link #computeSummary}: the HTTP answer and the SSE
 * push share its cached result ({@link #summary}), and the totals publisher calls it inside its own
 * snapshot.
 */
@ApplicationScoped
public class StatsService {

    private static final int MAX_CACHED = 5_000;

    @Inject
    StatsQueries queries;

    @Inject
    ProvinceVersions versions;

    @Inject
    RebuildState rebuild;

    @Inject
    ObjectMapper mapper;

    private record Key(String what, String scope, Period period, String state) {
    }

    private record Entry(long version, Object value) {
    }

    private final Map<Key, Entry> cache = new ConcurrentHashMap<>();

    /** A summary and the bytes HTTP serves it as (with their ETag), made together. */
    public record CachedSummary(Views.Summary view, RenderedJson json) {
    }

    /** A province's summary as HTTP and SSE answer it: computed and rendered once per version of its figures. */
    public CachedSummary summary(Province province, Period period) {
        return cached(new Key("summary", province.code(), period, rebuild.state()), versions.of(province.code()), () -> {
            Views.Summary view = computeSummary(province, period);
            return new CachedSummary(view, RenderedJson.of(mapper, view));
        });
    }

    /**
     * A province's figures over a period, from the projections: the one computation behind every summary.
     * Uncached and inside the caller's transaction, so the totals publisher reads exactly its snapshot.
     */
    public Views.Summary computeSummary(Province province, Period period) {
        Totals totals = queries.byProvince(province.code(), period.range()).getOrDefault(province.code(), new Totals());
        return SummaryBuilder.summary(Views.province(province), period, rebuild.state(), totals);
    }

    public Views.Summary nationalSummary(Period period) {
        return national(period).total();
    }

    public Views.National national(Period period) {
        return cached(new Key("national", "IR", period, rebuild.state()), versions.global(), () -> {
            Map<String, Totals> byProvince = queries.byProvince(null, period.range());
            Totals all = new Totals();
            List<Views.NationalRow> rows = new ArrayList<>(31);
            for (Province p : Province.values()) {
                Totals t = byProvince.getOrDefault(p.code(), new Totals());
                all.addAll(t);
                rows.add(new Views.NationalRow(Views.province(p), Indicators.json(Indicators.compute(t))));
            }
            Views.Summary total = SummaryBuilder.summary(Views.NATIONAL, period, rebuild.state(), all);
            return new Views.National(Views.period(period), rebuild.state(), total, rows);
        });
    }

    /**
     * Provinces ranked by one indicator, highest first, with competition ranking (1, 2, 2, 4).
     * {@code outOf} counts provinces with any data; the tercile splits them into thirds by rank.
     */
    public Views.Rankings rankings(String indicator, Period period, Province only) {
        if (indicator == null || !Indicators.NAMES.contains(indicator)) {
            throw ProblemException.invalid("indicator", "must be one of " + String.join(", ", Indicators.NAMES));
        }
        Views.Rankings all = cached(new Key("rankings:" + indicator, "IR", period, rebuild.state()), versions.global(),
                () -> computeRankings(indicator, period));
        if (only == null) {
            return all;
        }
        return new Views.Rankings(all.indicator(), all.period(), all.state(), all.outOf(),
                all.rankings().stream().filter(r -> r.province().code().equals(only.code())).toList(),
                all.withoutData().stream().filter(r -> r.code().equals(only.code())).toList());
    }

    private Views.Rankings computeRankings(String indicator, Period period) {
        Map<String, Totals> byProvince = queries.byProvince(null, period.range());
        record Value(Province province, BigInteger value) {
        }
        List<Value> values = new ArrayList<>();
        List<ProvinceRef> withoutData = new ArrayList<>();
        for (Province p : Province.values()) {
            Totals t = byProvince.get(p.code());
            if (t == null || t.isEmpty()) {
                withoutData.add(Views.province(p));
            } else {
                values.add(new Value(p, Indicators.compute(t).get(indicator)));
            }
        }
        values.sort(Comparator.comparing(Value::value).reversed().thenComparing(v -> v.province().code()));
        int n = values.size();
        List<Views.RankingRow> rows = new ArrayList<>(n);
        int rank = 0;
        BigInteger previous = null;
        for (int i = 0; i < n; i++) {
            Value v = values.get(i);
            if (!v.value().equals(previous)) {
                rank = i + 1;
                previous = v.value();
            }
            boolean money = Indicators.isMoney(indicator);
            rows.add(new Views.RankingRow(rank, Views.province(v.province()),
                    money ? v.value().toString() : v.value().longValueExact(),
                    money ? ir.samt.platform.money.Money.of(v.value()).display() : null, tercile(rank, n)));
        }
        return new Views.Rankings(indicator, Views.period(period), rebuild.state(), n, rows, withoutData);
    }

    /** Thirds by rank: 1..ceil(n/3) top, ..ceil(2n/3) middle, the rest bottom; ties share a tercile. */
    static String tercile(int rank, int outOf) {
        if (rank <= (outOf + 2) / 3) {
            return "top";
        }
        if (rank <= (2 * outOf + 2) / 3) {
            return "middle";
        }
        return "bottom";
    }

    public Views.Breakdown breakdown(Province province, String by, Period period) {
        String dimension = by == null ? "" : by.strip().toLowerCase(java.util.Locale.ROOT);
        if (!List.of("sector", "estate", "county", "month").contains(dimension)) {
            throw ProblemException.invalid("by", "must be one of sector, estate, county, month");
        }
        if (dimension.equals("month") && period.kind() != Period.Kind.YEAR) {
            throw ProblemException.invalid("year", "a breakdown by month needs year=");
        }
        return cached(new Key("breakdown:" + dimension, province.code(), period, rebuild.state()),
                versions.of(province.code()), () -> computeBreakdown(province, dimension, period));
    }

    private Views.Breakdown computeBreakdown(Province province, String by, Period period) {
        List<Views.BreakdownRow> rows = new ArrayList<>();
        if (by.equals("month")) {
            rows.addAll(months(province, period));
        } else {
            Dimension dimension = Dimension.valueOf(by.toUpperCase(java.util.Locale.ROOT));
            Map<String, StatsQueries.EstateName> estates = dimension == Dimension.ESTATE
                    ? queries.estates(province.code()) : Map.of();
            Map<String, Totals> groups = new TreeMap<>(queries.byDimension(province.code(), dimension, period.range()));
            groups.forEach((key, totals) -> {
                String fa;
                String en;
                switch (dimension) {
                    case SECTOR -> {
                        Sector sector = Sector.all().stream().filter(s -> s.code().equals(key)).findFirst().orElse(null);
                        fa = sector == null ? "نامشخص" : sector.persianName();
                        en = sector == null ? "Unknown" : sector.englishName();
                    }
                    case ESTATE -> {
                        StatsQueries.EstateName estate = estates.get(key);
                        fa = key.isEmpty() ? "خارج از شهرک‌ها و نواحی صنعتی" : estate == null ? key : estate.nameFa();
                        en = key.isEmpty() ? "Outside industrial towns and zones" : estate == null ? key : estate.nameEn();
                    }
                    default -> {
                        fa = key.isEmpty() ? "نامشخص" : key;
                        en = key.isEmpty() ? "Unknown" : null;
                    }
                }
                rows.add(new Views.BreakdownRow(key, fa, en, null, Indicators.json(Indicators.compute(totals))));
            });
        }
        return new Views.Breakdown(Views.province(province), by, Views.period(period), rebuild.state(), rows);
    }

    /** Twelve rows: each month's flows, and stocks at each month's end (opening stock plus deltas so far). */
    private List<Views.BreakdownRow> months(Province province, Period year) {
        TreeMap<LocalDate, Totals> days = queries.byDay(province.code(), year.range());
        int jalaliYear = year.jalaliYear();
        Totals stocks = new Totals();
        days.headMap(year.range().fromInclusive()).values().forEach(t -> stocks.addAll(t.stocksOnly()));
        List<Views.BreakdownRow> rows = new ArrayList<>(12);
        for (int month = 1; month <= 12; month++) {
            Period p = Period.month(jalaliYear, month);
            DateRange r = p.range();
            Totals monthTotals = new Totals();
            for (Totals day : days.subMap(r.fromInclusive(), r.toExclusive()).values()) {
                day.forEach((metric, sum) -> {
                    if (Metric.isStock(metric)) {
                        stocks.add(metric, sum.count(), sum.amount(), sum.jobs());
                    } else {
                        monthTotals.add(metric, sum.count(), sum.amount(), sum.jobs());
                    }
                });
            }
            monthTotals.addAll(stocks);
            rows.add(new Views.BreakdownRow(String.format("%02d", month), Period.MONTHS_FA[month - 1],
                    Period.MONTHS_EN[month - 1], Views.period(p),
                    Indicators.json(Indicators.compute(monthTotals))));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(Key key, long version, Supplier<T> compute) {
        Entry entry = cache.get(key);
        if (entry != null && entry.version() == version) {
            return (T) entry.value();
        }
        // the version is read before computing: a batch committing meanwhile makes this entry stale, never wrong
        T value = compute.get();
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        cache.put(key, new Entry(version, value));
        return value;
    }
}
