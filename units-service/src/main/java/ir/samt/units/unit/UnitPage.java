package ir.samt.units.unit;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of units; {@code next} continues after it. The totals cover everything the filter matched (not
 * just this page) and are present when {@code totals=exact} was asked for.
 */
@Schema(name = "UnitPage")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnitPage(List<UnitView> items, int page, int size,
        @Schema(description = "Cursor of the next page (send it as cursor=, with the same filters and sort); absent when this page was not full") String next,
        @Schema(description = "Units matched; only with totals=exact") Long totalItems,
        @Schema(description = "Pages of this size; absent with totalItems") Long totalPages,
        @Schema(description = "Employees of every unit matched; absent with totalItems") Long totalEmployees) {

    static UnitPage of(UnitSearch.Page page) {
        Long pages = page.totalItems() == null ? null : (page.totalItems() + page.size() - 1) / page.size();
        return new UnitPage(page.items().stream().map(UnitView::of).toList(), page.page(), page.size(), page.next(),
                page.totalItems(), pages, page.totalEmployees());
    }
}
