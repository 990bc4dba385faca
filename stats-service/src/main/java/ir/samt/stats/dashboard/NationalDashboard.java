package ir.samt.stats.dashboard;

import java.math.BigInteger;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import ir.samt.contracts.totals.ProvinceRef;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.province.Province;
import ir.samt.stats.query.Indicators;
import ir.samt.stats.query.StatsService;
import ir.samt.stats.query.Views;

/**
 * Builds the national page from {@code /stats/rankings}: every province's value, rank and tercile for
 * the chosen indicator. Sorting is done here, through links, so the table sorts without JavaScript.
 */
@ApplicationScoped
public class NationalDashboard {

    static final String DEFAULT_INDICATOR = "licences.issued.OPERATING.count";
    static final List<String> SORTS = List.of("rank", "province", "value");

    @Inject
    StatsService stats;

    public NationalPage page(PageQuery query, String indicator, String sort, String dir, ZonedDateTime now) {
        Lang lang = query.lang();
        Words words = Words.of(lang);
        String chosen = indicator(indicator);
        String sortBy = sort(sort);
        boolean descending = descending(dir);
        Views.Rankings rankings = stats.rankings(chosen, query.period(), null);
        DataTable table = table(rankings, lang, words, sortBy, descending);
        DataTable ranked = new DataTable(table.id(), table.caption(), table.rowHeader(), table.columns(),
                table.rows().stream().filter(r -> !r.cells().get(0).raw().isEmpty())
                        .sorted(Comparator.comparing(r -> Integer.parseInt(r.cells().get(0).raw()))).toList());
        String path = "/dashboard";
        ProvincePage.Section section = new ProvincePage.Section(table, BarChart.of(ranked, "value", lang),
                query.link(path + "/national.csv"), query.link(path + "/national.json"));
        List<NationalPage.SortLink> sortLinks = new ArrayList<>();
        for (String column : SORTS) {
            boolean active = column.equals(sortBy);
            String next = active && !descending ? "desc" : "asc";
            sortLinks.add(new NationalPage.SortLink(column, words.get("column." + column),
                    query.link(path, Map.of("sort", column, "dir", next)),
                    active ? (descending ? "descending" : "ascending") : "none"));
        }
        Map<String, String> hrefs = new java.util.HashMap<>();
        for (Province p : Province.values()) {
            hrefs.put(p.code(), query.withoutExtra().link("/dashboard/provinces/" + p.code()));
        }
        NationalPage.ProvinceLinks provinces = new NationalPage.ProvinceLinks(hrefs);
        Chrome chrome = Chrome.of(query, path, words, words.get("national.title"), null, rankings.state(),
                "/stats/national/stream", now);
        List<Chrome.Option> options = Indicators.NAMES.stream()
                .map(n -> new Chrome.Option(n, words.indicator(n), n.equals(chosen))).toList();
        return new NationalPage(chrome, section, ProvinceMap.of(table, provinces), options, words.indicator(chosen), rankings.outOf(), sortLinks,
                provinces, query.apiLink("/stats/rankings") + "&indicator=" + chosen);
    }

    public DataTable table(PageQuery query, String indicator, String sort, String dir) {
        Lang lang = query.lang();
        return table(stats.rankings(indicator(indicator), query.period(), null), lang, Words.of(lang), sort(sort),
                descending(dir));
    }

    private DataTable table(Views.Rankings rankings, Lang lang, Words words, String sortBy, boolean descending) {
        DataTable.Column value = ProvinceDashboard.column(rankings.indicator(), words);
        List<DataTable.Column> columns = List.of(
                new DataTable.Column("rank", words.get("column.rank"), DataTable.Kind.COUNT, null),
                new DataTable.Column("value", value.label(), value.kind(), value.unit()),
                new DataTable.Column("tercile", words.get("column.tercile"), DataTable.Kind.TEXT, null));
        record Entry(DataTable.Row row, Integer rank, BigInteger value, String name) {
        }
        List<Entry> entries = new ArrayList<>();
        for (Views.RankingRow r : rankings.rankings()) {
            BigInteger v = new BigInteger(String.valueOf(r.value()));
            entries.add(new Entry(row(r.province(), lang, List.of(
                    new DataTable.Cell(Integer.toString(r.rank()), Numerals.count(BigInteger.valueOf(r.rank()), lang)),
                    new DataTable.Cell(v.toString(), value.money() ? Numerals.billionTomans(v, lang) : Numerals.count(v, lang)),
                    new DataTable.Cell(r.tercile(), words.get("tercile." + r.tercile()))), rankings),
                    r.rank(), v, name(r.province(), lang)));
        }
        for (ProvinceRef p : rankings.withoutData()) {
            entries.add(new Entry(row(p, lang, List.of(new DataTable.Cell("", "—"),
                    new DataTable.Cell("0", Numerals.count(BigInteger.ZERO, lang)),
                    new DataTable.Cell("", words.get("tercile.none"))), rankings), null, BigInteger.ZERO, name(p, lang)));
        }
        Collator collator = Collator.getInstance(ULocale.forLanguageTag(lang.tag()));
        Comparator<Entry> byRank = Comparator.comparing(Entry::rank, Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<Entry> order = switch (sortBy) {
            case "province" -> Comparator.comparing(Entry::name, collator::compare);
            case "value" -> Comparator.comparing(Entry::value);
            default -> byRank;
        };
        if (descending) {
            order = order.reversed();
        }
        // provinces without data stay at the end whichever way the ranks are sorted
        if (sortBy.equals("rank")) {
            order = Comparator.comparing((Entry e) -> e.rank() == null).thenComparing(order);
        }
        List<DataTable.Row> rows = entries.stream().sorted(order.thenComparing(e -> e.row().key())).map(Entry::row).toList();
        return new DataTable("national", words.get("table.national") + " — " + words.indicator(rankings.indicator()),
                words.get("column.province"), columns, rows);
    }

    private static DataTable.Row row(ProvinceRef p, Lang lang, List<DataTable.Cell> cells, Views.Rankings rankings) {
        return new DataTable.Row(p.code(), name(p, lang), rankings.period(), cells);
    }

    private static String name(ProvinceRef p, Lang lang) {
        return lang.persian() ? p.nameFa() : p.nameEn();
    }

    private static String indicator(String indicator) {
        if (indicator == null || indicator.isBlank()) {
            return DEFAULT_INDICATOR;
        }
        if (!Indicators.NAMES.contains(indicator.strip())) {
            throw ProblemException.invalid("indicator", "must be one of " + String.join(", ", Indicators.NAMES));
        }
        return indicator.strip();
    }

    private static String sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return "rank";
        }
        if (!SORTS.contains(sort.strip())) {
            throw ProblemException.invalid("sort", "must be one of " + String.join(", ", SORTS));
        }
        return sort.strip();
    }

    private static boolean descending(String dir) {
        if (dir == null || dir.isBlank() || dir.strip().equals("asc")) {
            return false;
        }
        if (dir.strip().equals("desc")) {
            return true;
        }
        throw ProblemException.invalid("dir", "must be asc or desc");
    }
}
