package ir.samt.stats.dashboard;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart of one column of a {@link DataTable}, drawn by the server as SVG (no script,
 * no inline styles, so it shows with JavaScript off and under the page's strict CSP). It is a picture
 * of the table beside it, which carries the same figures for screen readers and keyboards.
 */
public record BarChart(String title, String tableId, List<Bar> bars) {

    /** @param x and width in the SVG's 0..100 box; in a right-to-left page bars grow from the right */
    public record Bar(String label, String display, String width, String x) {
    }

    public static BarChart of(DataTable table, String columnKey, Lang lang) {
        int column = table.columnIndex(columnKey);
        BigInteger max = BigInteger.ONE;
        for (DataTable.Row row : table.rows()) {
            max = max.max(new BigInteger(row.cells().get(column).raw()));
        }
        List<Bar> bars = new ArrayList<>(table.rows().size());
        for (DataTable.Row row : table.rows()) {
            DataTable.Cell cell = row.cells().get(column);
            BigDecimal share = new BigDecimal(new BigInteger(cell.raw())).multiply(BigDecimal.valueOf(100))
                    .divide(new BigDecimal(max), new MathContext(4));
            double width = Math.max(0, share.doubleValue());
            String w = String.format(java.util.Locale.ROOT, "%.2f", width);
            String x = String.format(java.util.Locale.ROOT, "%.2f", lang.persian() ? 100 - width : 0);
            bars.add(new Bar(row.label(), cell.display(), w, x));
        }
        return new BarChart(table.caption() + " — " + table.columns().get(column).label(), table.id(), bars);
    }
}
