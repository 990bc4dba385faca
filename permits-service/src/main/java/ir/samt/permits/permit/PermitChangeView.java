package ir.samt.permits.permit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import ir.samt.platform.calendar.JalaliDate;
import ir.samt.platform.calendar.Jalali;

public record PermitChangeView(long version, PermitChange.Change change, PermitStatus status, LocalDate validUntil,
        String reason, String actor, OffsetDateTime at, String atJalali, UUID eventId) {

    static PermitChangeView of(PermitChange c) {
        return new PermitChangeView(c.version, c.change, c.status, c.validUntil, c.reason, c.actor, c.at,
                JalaliDate.of(c.at.atZoneSameInstant(Jalali.TEHRAN).toLocalDate()).toString(), c.eventId);
    }
}
