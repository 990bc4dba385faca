package ir.samt.stats.dashboard;

import java.util.List;

import ir.samt.contracts.totals.ProvinceRef;

/** Everything the province page shows: headline cards, the same figures as a table, and the breakdowns. */
public record ProvincePage(Chrome chrome, String path, ProvinceRef province, String provinceName, List<Card> cards,
        Section headline, List<Section> breakdowns, List<Chrome.Option> measures, String apiLink) {

    /** A table with its chart (if any) and its downloads. */
    public record Section(DataTable table, BarChart chart, String csv, String json) {
    }
}
