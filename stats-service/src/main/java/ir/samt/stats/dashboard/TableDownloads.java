package ir.samt.stats.dashboard;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import ir.samt.contracts.totals.PeriodView;

/**
 * A {@link DataTable} as open data: CSV (UTF-8 with a byte-order mark, so spreadsheet programs read
 * Persian correctly; exact values, rials for money; ISO and Jalali dates of each row's period) and
 * JSON with the same rows.
 */
public final class TableDownloads {

    /** Spreadsheet programs take a UTF-8 file without it for their local code page and garble Persian. */
    public static final String BOM = "\uFEFF";

    private static final CsvMapper CSV = new CsvMapper();

    private TableDownloads() {
    }

    public static String csv(DataTable table, Words words) {
        List<String> header = new ArrayList<>(List.of(words.get("download.key"), table.rowHeader(),
                words.get("download.from"), words.get("download.to"), words.get("download.fromJalali"),
                words.get("download.toJalali")));
        for (DataTable.Column column : table.columns()) {
            header.add(column.unit() == null ? plainLabel(column, words) : plainLabel(column, words) + " (" + column.unit() + ")");
        }
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (SequenceWriter writer = CSV.writerFor(String[].class).with(CsvSchema.emptySchema()).writeValues(out)) {
            writer.write(header.toArray(String[]::new));
            for (DataTable.Row row : table.rows()) {
                List<String> cells = new ArrayList<>(List.of(row.key(), row.label(), row.period().from().toString(),
                        row.period().to().toString(), row.period().fromJalali(), row.period().toJalali()));
                row.cells().forEach(c -> cells.add(c.raw()));
                writer.write(cells.toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The JSON download: money as digit strings (the API's convention), counts as numbers. */
    public static Map<String, Object> json(DataTable table, PeriodView period) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("table", table.id());
        json.put("caption", table.caption());
        json.put("period", period);
        List<Map<String, Object>> columns = new ArrayList<>();
        for (DataTable.Column c : table.columns()) {
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("key", c.key());
            column.put("label", c.label());
            column.put("kind", c.kind().name());
            columns.add(column);
        }
        json.put("columns", columns);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DataTable.Row r : table.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", r.key());
            row.put("label", r.label());
            row.put("period", r.period());
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < table.columns().size(); i++) {
                DataTable.Column c = table.columns().get(i);
                String raw = r.cells().get(i).raw();
                values.put(c.key(), c.kind() == DataTable.Kind.COUNT && !raw.isEmpty() ? Long.valueOf(raw) : raw);
            }
            row.put("values", values);
            rows.add(row);
        }
        json.put("rows", rows);
        return json;
    }

    /** A money column's page label names billions of tomans; the download holds rials, named by the unit. */
    private static String plainLabel(DataTable.Column column, Words words) {
        String suffix = " (" + words.get("unit.billionTomans") + ")";
        return column.label().endsWith(suffix) ? column.label().substring(0, column.label().length() - suffix.length())
                : column.label();
    }
}
