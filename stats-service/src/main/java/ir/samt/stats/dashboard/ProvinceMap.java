package ir.samt.stats.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import ir.samt.platform.province.Province;

/**
 * The outline of every province, by ISO 3166-2:IR code ({@code dashboard/iran-provinces.properties},
 * generated from the MIT-licensed npm package @react-map/iran by src/main/map/extract-provinces.py),
 * coloured on the national page by the tercile of the chosen indicator.
 */
public final class ProvinceMap {

    private static final Properties OUTLINES = load();

    /** One province on the map: its outline, tercile and what its tooltip says. */
    public record Area(String code, String path, String tercile, String tooltip, String href) {
    }

    public record View(String viewBox, List<Area> areas) {
    }

    private ProvinceMap() {
    }

    static View of(DataTable ranking, NationalPage.ProvinceLinks links) {
        List<Area> areas = new ArrayList<>(31);
        for (DataTable.Row row : ranking.rows()) {
            String tercile = row.cells().get(2).raw();
            String tooltip = row.label() + " — " + row.cells().get(2).display()
                    + (tercile.isEmpty() ? "" : " — " + row.cells().get(1).display());
            areas.add(new Area(row.key(), outline(row.key()), tercile.isEmpty() ? "none" : tercile, tooltip,
                    links.href(row.key())));
        }
        return new View(OUTLINES.getProperty("viewBox"), areas);
    }

    static String outline(String code) {
        String path = OUTLINES.getProperty(code);
        if (path == null) {
            throw new IllegalStateException("No outline for " + code + " in iran-provinces.properties");
        }
        return path;
    }

    /** Every current province has an outline (checked once, when the class loads). */
    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = ProvinceMap.class.getResourceAsStream("/dashboard/iran-provinces.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Province province : Province.values()) {
            if (!p.containsKey(province.code())) {
                throw new IllegalStateException("No outline for " + province.code());
            }
        }
        return p;
    }
}
