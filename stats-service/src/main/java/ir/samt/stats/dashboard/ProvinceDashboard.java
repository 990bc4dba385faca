package ir.samt.stats.dashboard;

import java.math.BigInteger;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ir.samt.contracts.totals.PeriodView;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.province.Province;
import ir.samt.stats.query.Period;
import ir.samt.stats.query.StatsService;
import ir.samt.stats.query.Views;

/**
 * Builds the province page from the read API's own documents: the summary of the period and of the
 * period before (cards), and the breakdowns by sector, industrial town/zone, county and Jalali month.
 * Nothing here computes a figure; it only picks and formats what {@link StatsService} answers.
 */
@ApplicationScoped
public class ProvinceDashboard {

    /** The breakdowns, in page order; month only for a Jalali year. */
    static final List<String> BREAKDOWNS = List.of("sector", "estate", "county", "month");
    static final List<String> TABLES = List.of("headline", "sector", "estate", "county", "month");

    /** The columns of every breakdown table (indicator names of the API). */
    static final List<String> BREAKDOWN_COLUMNS = List.of(
            "licences.issued.OPERATING.count", "licences.issued.OPERATING.fixedInvestmentRials",
            "licences.issued.OPERATING.jobs", "licences.issued.ESTABLISHMENT.count",
            "licences.issued.ESTABLISHMENT.fixedInvestmentRials", "stocks.activeIndustrialUnits",
            "stocks.activeGuildUnits", "stocks.stagnantUnits", "units.revived.count");
    static final String DEFAULT_MEASURE = "licences.issued.OPERATING.count";

    @Inject
    StatsService stats;

    @Inject
    ObjectMapper mapper;

    public ProvincePage page(Province province, PageQuery query, String measure, ZonedDateTime now) {
        String chartColumn = measure(measure);
        Lang lang = query.lang();
        Words words = Words.of(lang);
        Period period = query.period();
        Period previous = DashboardPeriod.previous(period);
        Views.Summary summary = stats.summary(province, period).view();
        JsonNode current = mapper.valueToTree(summary);
        JsonNode before = mapper.valueToTree(stats.summary(province, previous).view());
        String path = "/dashboard/provinces/" + province.code();
        String name = lang.persian() ? province.persianName() : province.englishName();

        List<Card> cards = cards(current, before, lang, words);
        List<ProvincePage.Section> sections = new ArrayList<>();
        for (String by : BREAKDOWNS) {
            if (by.equals("month") && period.kind() != Period.Kind.YEAR) {
                continue;
            }
            DataTable table = breakdown(province, by, period, lang, words);
            sections.add(section(table, BarChart.of(table, chartColumn, lang), query, path));
        }
        Chrome chrome = Chrome.of(query, path, words, words.get("province.title") + " " + name,
                Views.period(previous), summary.state(), "/stats/provinces/" + province.code() + "/stream", now);
        List<Chrome.Option> measures = BREAKDOWN_COLUMNS.stream()
                .map(c -> new Chrome.Option(c, words.indicator(c), c.equals(chartColumn))).toList();
        return new ProvincePage(chrome, path, summary.province(), name, cards,
                section(headline(cards, Views.period(period), words), null, query, path), sections, measures,
                query.apiLink("/stats/provinces/" + province.code()));
    }

    /** One table of the page, for the downloads. */
    public DataTable table(Province province, PageQuery query, String id) {
        Lang lang = query.lang();
        Words words = Words.of(lang);
        Period period = query.period();
        if (!TABLES.contains(id)) {
            throw ProblemException.invalid("table", "must be one of " + String.join(", ", TABLES));
        }
        if (id.equals("headline")) {
            JsonNode current = mapper.valueToTree(stats.summary(province, period).view());
            JsonNode before = mapper.valueToTree(stats.summary(province, DashboardPeriod.previous(period)).view());
            return headline(cards(current, before, lang, words), Views.period(period), words);
        }
        return breakdown(province, id, period, lang, words);
    }

    private static String measure(String measure) {
        if (measure == null || measure.isBlank()) {
            return DEFAULT_MEASURE;
        }
        if (!BREAKDOWN_COLUMNS.contains(measure.strip())) {
            throw ProblemException.invalid("measure", "must be one of " + String.join(", ", BREAKDOWN_COLUMNS));
        }
        return measure.strip();
    }

    private static ProvincePage.Section section(DataTable table, BarChart chart, PageQuery query, String path) {
        return new ProvincePage.Section(table, chart, query.link(path + "/" + table.id() + ".csv"),
                query.link(path + "/" + table.id() + ".json"));
    }

    /** The cards the issue of the dashboard names, each figure by its place in the summary JSON. */
    static List<Card> cards(JsonNode now, JsonNode before, Lang lang, Words words) {
        record Spec(String pointer, String label, boolean money) {
        }
        java.util.function.Function<Spec, Figure> figure = s -> Figure.of(s.pointer(), words.get(s.label()), s.money(),
                now, before, lang, words);
        String ind = "/indicators/";
        List<Card> cards = new ArrayList<>();
        cards.add(new Card("operating", words.get("card.operating"),
                figure.apply(new Spec(ind + "licences.issued.OPERATING.count", "figure.issued", false)), List.of(
                        figure.apply(new Spec(ind + "licences.issued.OPERATING.fixedInvestmentRials", "figure.investment", true)),
                        figure.apply(new Spec(ind + "licences.issued.OPERATING.jobs", "figure.jobs", false)),
                        figure.apply(new Spec("/licences/issued/byKind/OPERATING/byScope/NEW/count", "figure.new", false)),
                        figure.apply(new Spec("/licences/issued/byKind/OPERATING/byScope/EXPANSION/count", "figure.expansion", false)))));
        cards.add(new Card("establishment", words.get("card.establishment"),
                figure.apply(new Spec(ind + "licences.issued.ESTABLISHMENT.count", "figure.issued", false)), List.of(
                        figure.apply(new Spec(ind + "licences.issued.ESTABLISHMENT.fixedInvestmentRials", "figure.investment", true)),
                        figure.apply(new Spec(ind + "licences.issued.ESTABLISHMENT.jobs", "figure.jobs", false)))));
        cards.add(new Card("guild", words.get("card.guild"),
                figure.apply(new Spec("/stocks/activeGuildUnits", "figure.active", false)), List.of()));
        cards.add(new Card("industrial", words.get("card.industrial"),
                figure.apply(new Spec("/stocks/activeIndustrialUnits", "figure.active", false)), List.of(
                        figure.apply(new Spec("/stocks/stagnantUnits", "figure.stagnant", false)))));
        cards.add(new Card("revivals", words.get("card.revivals"),
                figure.apply(new Spec(ind + "units.revived.count", "figure.revived", false)), List.of(
                        figure.apply(new Spec(ind + "units.revived.newInvestmentRials", "figure.investment", true)),
                        figure.apply(new Spec(ind + "units.revived.jobsRestored", "figure.jobsRestored", false)))));
        cards.add(new Card("estates", words.get("card.estates"),
                figure.apply(new Spec("/stocks/estates/total", "figure.total", false)), List.of(
                        figure.apply(new Spec("/stocks/estates/TOWN", "figure.towns", false)),
                        figure.apply(new Spec("/stocks/estates/ZONE", "figure.zones", false)))));
        cards.add(new Card("inspections", words.get("card.inspections"),
                figure.apply(new Spec(ind + "inspections.count", "figure.visits", false)), List.of(
                        figure.apply(new Spec(ind + "inspections.violations.count", "figure.violations", false)),
                        figure.apply(new Spec(ind + "inspections.violations.amountRials", "figure.violationsValue", true)),
                        figure.apply(new Spec(ind + "inspections.cases.opened.count", "figure.cases", false)),
                        figure.apply(new Spec(ind + "inspections.cases.ruled.penaltyRials", "figure.penalties", true)))));
        cards.add(new Card("projects", words.get("card.projects"),
                figure.apply(new Spec(ind + "stocks.projects.above60Percent", "figure.above60", false)), List.of(
                        figure.apply(new Spec(ind + "stocks.projects.from30To60Percent", "figure.from30To60", false)),
                        figure.apply(new Spec(ind + "stocks.projects.below30Percent", "figure.below30", false)),
                        figure.apply(new Spec(ind + "stocks.projects.completed", "figure.completed", false)),
                        figure.apply(new Spec(ind + "stocks.projects", "figure.total", false)))));
        return cards;
    }

    /** The cards as a table: one row per figure, this period and the one before. */
    static DataTable headline(List<Card> cards, PeriodView period, Words words) {
        List<DataTable.Column> columns = List.of(
                new DataTable.Column("value", words.get("column.thisPeriod"), DataTable.Kind.TEXT, null),
                new DataTable.Column("previous", words.get("column.previousPeriod"), DataTable.Kind.TEXT, null),
                new DataTable.Column("unit", words.get("column.unit"), DataTable.Kind.TEXT, null));
        List<DataTable.Row> rows = new ArrayList<>();
        for (Card card : cards) {
            List<Figure> figures = new ArrayList<>();
            figures.add(card.main());
            figures.addAll(card.details());
            for (Figure f : figures) {
                String unit = f.money() ? words.get("unit.rials") : words.get("unit.count");
                rows.add(new DataTable.Row(f.pointer(), card.title() + " — " + f.label(), period, List.of(
                        new DataTable.Cell(f.raw(), f.display()), new DataTable.Cell(f.previousRaw(), f.previousDisplay()),
                        new DataTable.Cell(unit, unit))));
            }
        }
        return new DataTable("headline", words.get("table.headline"), words.get("column.figure"), columns, rows);
    }

    private DataTable breakdown(Province province, String by, Period period, Lang lang, Words words) {
        Views.Breakdown breakdown = stats.breakdown(province, by, period);
        List<DataTable.Column> columns = BREAKDOWN_COLUMNS.stream().map(c -> column(c, words)).toList();
        List<DataTable.Row> rows = new ArrayList<>();
        for (Views.BreakdownRow row : breakdown.rows()) {
            List<DataTable.Cell> cells = new ArrayList<>();
            for (DataTable.Column column : columns) {
                Object value = row.indicators().get(column.key());
                BigInteger v = new BigInteger(String.valueOf(value));
                cells.add(new DataTable.Cell(v.toString(),
                        column.money() ? Numerals.billionTomans(v, lang) : Numerals.count(v, lang)));
            }
            String label = lang.persian() || row.labelEn() == null ? row.labelFa() : row.labelEn();
            rows.add(new DataTable.Row(row.key(), label, row.period() == null ? breakdown.period() : row.period(), cells));
        }
        return new DataTable(by, words.get("table." + by), words.get("column." + by), columns, rows);
    }

    static DataTable.Column column(String indicator, Words words) {
        boolean money = ir.samt.stats.query.Indicators.isMoney(indicator);
        return new DataTable.Column(indicator, words.indicator(indicator)
                + (money ? " (" + words.get("unit.billionTomans") + ")" : ""),
                money ? DataTable.Kind.RIALS : DataTable.Kind.COUNT, money ? words.get("unit.rials") : null);
    }
}
