package ir.samt.permits.permit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.samt.platform.calendar.JalaliDate;

/** A progress report as officers read it: the ISO visit date with its Jalali rendering beside it. */
@Schema(name = "ProgressReport")
public record ProgressReportView(
        UUID permitId,
        long version,
        @Schema(example = "65") int percent,
        @Schema(example = "40") Integer previousPercent,
        @Schema(example = "2025-09-01") LocalDate visitDate,
        @Schema(example = "1404/06/10") String visitDateJalali,
        String expert,
        String reason,
        String actor,
        OffsetDateTime reportedAt,
        UUID eventId) {

    static ProgressReportView of(ProgressReport r) {
        return new ProgressReportView(r.permitId, r.version, r.percent, r.previousPercent, r.visitDate,
                JalaliDate.of(r.visitDate).toString(), r.expert, r.reason, r.actor, r.reportedAt, r.eventId);
    }
}
