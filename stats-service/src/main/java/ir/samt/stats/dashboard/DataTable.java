package ir.samt.stats.dashboard;

import java.util.List;

import ir.samt.contracts.totals.PeriodView;

/**
 * A table of the dashboard as one object, rendered three ways from it: HTML on the page, CSV and JSON
 * as downloads, so the download is the table. Cells keep the exact value ({@code raw}: digits, rials
 * for money) beside what the page shows.
 */
public record DataTable(String id, String caption, String rowHeader, List<Column> columns, List<Row> rows) {

    public enum Kind {
        COUNT, RIALS, TEXT
    }

    /** @param unit the unit of the exact values (downloads), e.g. rials */
    public record Column(String key, String label, Kind kind, String unit) {
        public boolean money() {
            return kind == Kind.RIALS;
        }
    }

    public record Cell(String raw, String display) {
    }

    /** @param period the period the row covers (a month's own in a breakdown by month) */
    public record Row(String key, String label, PeriodView period, List<Cell> cells) {
    }

    /** The column's exact values in row order (charts). */
    public List<String> raw(String columnKey) {
        int i = columnIndex(columnKey);
        return rows.stream().map(r -> r.cells().get(i).raw()).toList();
    }

    public int columnIndex(String columnKey) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(columnKey)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No column " + columnKey + " in table " + id);
    }
}
