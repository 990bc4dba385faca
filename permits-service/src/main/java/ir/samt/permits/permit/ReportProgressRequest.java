package ir.samt.permits.permit;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An expert visit's report of an establishment project's physical progress. */
@Schema(name = "ReportProgressRequest", description = "Report physical progress (گزارش پیشرفت فیزیکی)")
public record ReportProgressRequest(
        @NotNull @Min(0) @Max(100) @Schema(description = "Physical progress in percent, 0 to 100", example = "65") Integer percent,
        @NotNull @Schema(description = "ISO date of the visit; not in the future, not before the licence's issue or the"
                + " latest report's visit, not after the licence's last valid day", example = "2025-09-01") LocalDate visitDate,
        @NotBlank @Size(max = 200) @Schema(description = "The expert who visited", example = "کارشناس نظارت: مهدی رضایی")
        String expert,
        @Size(max = 500) @Schema(description = "Required when progress goes down; recorded in the history",
                example = "تخریب بخشی از سوله در سیل") String reason) {
}
