package ir.samt.units.unit;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of units with the totals of everything the filter matched (not just this page). */
@Schema(name = "UnitPage")
public record UnitPage(List<UnitView> items, int page, int size, long totalItems, long totalPages, long totalEmployees) {

    static UnitPage of(UnitSearch.Page page) {
        long pages = (page.totalItems() + page.size() - 1) / page.size();
        return new UnitPage(page.items().stream().map(UnitView::of).toList(), page.page(), page.size(),
                page.totalItems(), pages, page.totalEmployees());
    }
}
