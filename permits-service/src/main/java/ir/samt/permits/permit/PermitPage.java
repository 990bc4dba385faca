package ir.samt.permits.permit;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import ir.samt.platform.money.Money;

/**
 * A page of licences; {@code next} continues after it. The totals cover everything the filter matched (not
 * just this page) and are present when {@code totals=exact} was asked for.
 */
@Schema(name = "PermitPage")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PermitPage(List<PermitView> items, int page, int size,
        @Schema(description = "Cursor of the next page (send it as cursor=, with the same filters and sort); absent when this page was not full") String next,
        @Schema(description = "Licences matched; only with totals=exact") Long totalItems,
        @Schema(description = "Pages of this size; absent with totalItems") Long totalPages,
        @Schema(description = "Fixed investment of every licence matched; absent with totalItems") Money totalFixedInvestment,
        @Schema(description = "Jobs of every licence matched; absent with totalItems") Long totalJobs) {

    static PermitPage of(PermitSearch.Page page) {
        boolean totals = page.totalItems() != null;
        return new PermitPage(page.items().stream().map(PermitView::of).toList(), page.page(), page.size(), page.next(),
                page.totalItems(), totals ? (page.totalItems() + page.size() - 1) / page.size() : null,
                totals ? Money.of(page.totalInvestmentRials()) : null, page.totalJobs());
    }
}
