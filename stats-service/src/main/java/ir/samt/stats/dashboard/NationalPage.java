package ir.samt.stats.dashboard;

import java.util.List;

/** The national page: the 31 provinces for one indicator, ranked, with terciles, as a table and a chart. */
public record NationalPage(Chrome chrome, ProvincePage.Section ranking, ProvinceMap.View map,
        List<Chrome.Option> indicators, String indicatorLabel, int outOf, List<SortLink> sortLinks,
        ProvinceLinks provinces, String apiLink) {

    /** A sortable column's header link; {@code ariaSort} is ascending/descending on the sorted column, else none. */
    public record SortLink(String column, String label, String href, String ariaSort) {
    }

    /** Each province's page, with this page's period and language. */
    public record ProvinceLinks(java.util.Map<String, String> byCode) {
        public String href(String code) {
            return byCode.get(code);
        }
    }

    public String provinceHref(String code) {
        return provinces.href(code);
    }
}
