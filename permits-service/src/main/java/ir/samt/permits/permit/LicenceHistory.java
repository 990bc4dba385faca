package ir.samt.permits.permit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ir.samt.platform.ids.TimeOrderedIds;
import ir.samt.platform.persian.PersianText;
import ir.samt.platform.problem.ProblemException;

/**
 * Replays a licence's recorded history (issue, renewals, revocation) through the same lifecycle rules as
 * the live endpoints, adding the expiries the expiry job would have recorded: a licence whose term ended
 * before its next renewal, its revocation or today expired on the day after its last valid day. The
 * result is the licence as it stands today and every change with the day it counts on, so an import of
 * past years gives the totals those years had (stats counts each event on its effective date).
 *
 * <p>One rule is not replayed: an establishment licence's renewal needs a progress report in its term,
 * and the visits were recorded where the licence comes from, not here.
 */
public final class LicenceHistory {

    /** A licence as another registry recorded it. {@code licenceNumber} null: one is drawn when it is stored. */
    public record Recorded(IssuePermitRequest licence, String licenceNumber, List<LocalDate> renewedOn, LocalDate revokedOn,
            String revocationReason) {
    }

    private LicenceHistory() {
    }

    /** @throws ProblemException a 400 naming the field at fault, or the rule the history breaks */
    public static LicenceDraft replay(Recorded recorded, LocalDate today) {
        IssuePermitRequest request = recorded.licence();
        LocalDate issuedOn = request.issuedOn();
        if (issuedOn == null) {
            throw ProblemException.invalid("issuedOn", "is required: an imported licence keeps the day it was issued");
        }
        if (request.establishmentPermitId() != null || request.unitId() != null) {
            throw new IllegalArgumentException("imports link no establishment licence or unit");
        }
        PermitService.validate(request, issuedOn, today);
        Permit licence = PermitService.licenceFrom(request, issuedOn);
        licence.id = TimeOrderedIds.next();
        licence.licenceNumber = recorded.licenceNumber();
        licence.version = 0;
        List<LicenceDraft.Step> history = new ArrayList<>();
        history.add(step(licence, PermitChange.Change.ISSUED, PermitEvents.ISSUED, null, issuedOn, null));

        LocalDate last = issuedOn;
        for (LocalDate day : recorded.renewedOn()) {
            if (day.isBefore(last)) {
                throw ProblemException.invalid("renewedOn", "must list renewals in order, none before the issue date "
                        + issuedOn + " (" + day + " comes after " + last + ")");
            }
            if (day.isAfter(today)) {
                throw ProblemException.invalid("renewedOn", "must not be in the future: " + day);
            }
            expireIfEndedBefore(licence, day, history);
            PermitStatus previous = licence.status;
            try {
                licence.renewAsRecorded(day);
            } catch (ProblemException e) {
                // the rule's own words; the licence has no number yet when the registry gave none
                throw ProblemException.invalid("renewedOn", "the renewal on " + day + " breaks a rule: "
                        + e.getMessage().replace("licence null ", "the licence "));
            }
            history.add(step(licence, PermitChange.Change.RENEWED, PermitEvents.RENEWED, previous, day, null));
            last = day;
        }
        if (recorded.revokedOn() != null) {
            LocalDate day = recorded.revokedOn();
            if (day.isBefore(last)) {
                throw ProblemException.invalid("revokedOn", "must not be before the licence's last change on " + last);
            }
            if (day.isAfter(today)) {
                throw ProblemException.invalid("revokedOn", "must not be in the future");
            }
            if (recorded.revocationReason() == null || recorded.revocationReason().isBlank()) {
                throw ProblemException.invalid("revocationReason", "is required with revokedOn");
            }
            expireIfEndedBefore(licence, day, history);
            PermitStatus previous = licence.status;
            String reason = PersianText.normalize(recorded.revocationReason());
            licence.revoke(reason);
            history.add(step(licence, PermitChange.Change.REVOKED, PermitEvents.REVOKED, previous, day, reason));
        } else if (recorded.revocationReason() != null) {
            throw ProblemException.invalid("revocationReason", "applies only to a revoked licence: give revokedOn too");
        } else {
            expireIfEndedBefore(licence, today, history);
        }
        return new LicenceDraft(licence, List.copyOf(history));
    }

    /** What the expiry job does on the day after the last valid day, if that came before {@code day}. */
    private static void expireIfEndedBefore(Permit licence, LocalDate day, List<LicenceDraft.Step> history) {
        if (licence.status == PermitStatus.ACTIVE && licence.validUntil != null && licence.validUntil.isBefore(day)) {
            licence.expire();
            history.add(step(licence, PermitChange.Change.EXPIRED, PermitEvents.EXPIRED, PermitStatus.ACTIVE,
                    licence.validUntil.plusDays(1), null));
        }
    }

    /** The step just applied to {@code licence}; every step after the first is one more change. */
    private static LicenceDraft.Step step(Permit licence, PermitChange.Change change, String type, PermitStatus previous,
            LocalDate effectiveDate, String reason) {
        if (change != PermitChange.Change.ISSUED) {
            licence.version++;
        }
        return new LicenceDraft.Step(change, type, previous, licence.status, licence.validUntil, licence.changeNumber(),
                effectiveDate, reason);
    }
}
