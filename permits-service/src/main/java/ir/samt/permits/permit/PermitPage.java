package ir.samt.permits.permit;

import java.util.List;

import ir.samt.platform.money.Money;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of licences with the totals of everything the filter matched (not just this page). */
@Schema(name = "PermitPage")
public record PermitPage(List<PermitView> items, int page, int size, long totalItems, long totalPages,
        Money totalFixedInvestment, long totalJobs) {

    static PermitPage of(PermitSearch.Page page) {
        long pages = (page.totalItems() + page.size() - 1) / page.size();
        return new PermitPage(page.items().stream().map(PermitView::of).toList(), page.page(), page.size(),
                page.totalItems(), pages, Money.of(page.totalInvestmentRials()), page.totalJobs());
    }
}
