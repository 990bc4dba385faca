package ir.samt.permits.permit;

import java.math.BigInteger;
import java.time.LocalDate;

import ir.samt.contracts.EventType;
import ir.samt.contracts.permits.PermitData;
import ir.samt.contracts.permits.ProgressData;

/**
 * The permit events (docs/events.md): their types, and their {@code data} as the contract's
 * {@link PermitData} — every dimension and amount a consumer needs, so nobody has to call back, and no
 * personal data about the holder. This service's enums are mapped onto the contract's by exhaustive
 * switches, so a value added here or renamed there is a compile error, not an event nobody can read.
 */
final class PermitEvents {

    static final String AGGREGATE = "permit";
    static final String ISSUED = EventType.PERMIT_ISSUED.type();
    static final String RENEWED = EventType.PERMIT_RENEWED.type();
    static final String REVOKED = EventType.PERMIT_REVOKED.type();
    static final String EXPIRED = EventType.PERMIT_EXPIRED.type();
    static final String PROGRESS_REPORTED = EventType.PERMIT_PROGRESS_REPORTED.type();

    private PermitEvents() {
    }

    /** @param reason why the licence was revoked; null for every other change */
    static PermitData data(Permit permit, PermitStatus previousStatus, LocalDate effectiveDate, String reason) {
        return data(permit, permit.status, permit.validUntil, permit.changeNumber(), previousStatus, effectiveDate, reason);
    }

    /** A past change of an imported licence: the status, term and change number it had then, not now. */
    static PermitData data(Permit permit, LicenceDraft.Step step) {
        return data(permit, step.status(), step.validUntil(), step.changeNumber(), step.previous(), step.effectiveDate(),
                step.reason());
    }

    private static PermitData data(Permit permit, PermitStatus status, LocalDate validUntil, long changeNumber,
            PermitStatus previousStatus, LocalDate effectiveDate, String reason) {
        return new PermitData(permit.id, permit.licenceNumber, kind(permit.kind), scope(permit.scope),
                guildTerm(permit.guildTerm), permit.province, permit.county, permit.estateCode, permit.unitId,
                permit.activityCode, permit.sector, BigInteger.valueOf(permit.fixedInvestmentRials), permit.jobs,
                permit.issuedOn, validUntil, status(status), status(previousStatus), changeNumber,
                effectiveDate, reason, permit.progressPercent, permit.establishmentPermitId);
    }

    /** An expert's progress report; the visit date is the day it counts on. */
    static ProgressData progress(Permit permit, Integer previousPercent, String reason) {
        return new ProgressData(permit.id, permit.licenceNumber, kind(permit.kind), scope(permit.scope), permit.province,
                permit.county, permit.estateCode, permit.activityCode, permit.sector, previousPercent,
                permit.progressPercent, permit.progressVisitDate, permit.changeNumber(), permit.progressVisitDate, reason);
    }

    private static ir.samt.contracts.permits.PermitKind kind(PermitKind kind) {
        return switch (kind) {
            case ESTABLISHMENT -> ir.samt.contracts.permits.PermitKind.ESTABLISHMENT;
            case OPERATING -> ir.samt.contracts.permits.PermitKind.OPERATING;
            case GUILD -> ir.samt.contracts.permits.PermitKind.GUILD;
        };
    }

    private static ir.samt.contracts.permits.PermitScope scope(PermitScope scope) {
        if (scope == null) {
            return null;
        }
        return switch (scope) {
            case NEW -> ir.samt.contracts.permits.PermitScope.NEW;
            case EXPANSION -> ir.samt.contracts.permits.PermitScope.EXPANSION;
        };
    }

    private static ir.samt.contracts.permits.GuildTerm guildTerm(GuildTerm term) {
        if (term == null) {
            return null;
        }
        return switch (term) {
            case TEMPORARY -> ir.samt.contracts.permits.GuildTerm.TEMPORARY;
            case PERMANENT -> ir.samt.contracts.permits.GuildTerm.PERMANENT;
        };
    }

    private static ir.samt.contracts.permits.PermitStatus status(PermitStatus status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case ACTIVE -> ir.samt.contracts.permits.PermitStatus.ACTIVE;
            case EXPIRED -> ir.samt.contracts.permits.PermitStatus.EXPIRED;
            case REVOKED -> ir.samt.contracts.permits.PermitStatus.REVOKED;
        };
    }
}
