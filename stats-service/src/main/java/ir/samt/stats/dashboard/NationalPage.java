package ir.samt.stats.dashboard;

import java.util.List;

/** The national page: the 31 provinces for one indicator, ranked, with terciles, as a table and a chart. */
public record NationalPage(Chrome chrome, ProvincePage.Section ranking, List<Chrome.Option> indicators,
        String indicatorLabel, int outOf, List<SortLink> sortLinks, List<ProvinceLink> provinces, String apiLink) {

    /** A sortable column's header link; {@code ariaSort} is ascending/descending on the sorted column, else none. */
    public record SortLink(String column, String label, String href, String ariaSort) {
    }

    public record ProvinceLink(String code, String name, String href) {
    }

    /** The province page of a table row, with this page's period and language. */
    public String provinceHref(String code) {
        return provinces.stream().filter(p -> p.code().equals(code)).map(ProvinceLink::href).findFirst().orElseThrow();
    }
}
