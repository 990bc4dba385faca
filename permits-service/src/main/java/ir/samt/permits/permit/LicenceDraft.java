package ir.samt.permits.permit;

import java.time.LocalDate;
import java.util.List;

/**
 * An imported licence ready to be written: its state today ({@link #licence}, not persisted, its number
 * still null when the file gave none: {@code LicenceImportWriter} draws it with the chunk) and the
 * changes that led there, oldest first, one event and one history entry each.
 */
public record LicenceDraft(Permit licence, List<Step> history) {

    /** One change as it happened: what the licence was after it, and the day it counts on. */
    public record Step(PermitChange.Change change, String eventType, PermitStatus previous, PermitStatus status,
            LocalDate validUntil, long changeNumber, LocalDate effectiveDate, String reason) {
    }

    public String externalRef() {
        return licence.externalRef;
    }
}
