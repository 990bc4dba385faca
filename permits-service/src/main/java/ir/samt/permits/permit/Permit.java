package ir.samt.permits.permit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import ir.samt.platform.ids.HolderId;
import ir.samt.platform.problem.ProblemException;

/**
 * A licence and the rules of its lifecycle. State changes happen only through the methods here,
 * which refuse illegal transitions; {@link PermitService} persists them with their events.
 */
@Entity
@Table(name = "permit")
public class Permit extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "licence_number")
    public String licenceNumber;
    /** The national licensing portal's unique licence ID (شناسه یکتا) or the key of the registry it came from. */
    @Column(name = "external_ref")
    public String externalRef;
    @Enumerated(EnumType.STRING)
    public PermitKind kind;
    @Enumerated(EnumType.STRING)
    public PermitScope scope;
    @Enumerated(EnumType.STRING)
    @Column(name = "guild_term")
    public GuildTerm guildTerm;
    @Column(name = "holder_name")
    public String holderName;
    @Column(name = "holder_id")
    public String holderId;
    @Enumerated(EnumType.STRING)
    @Column(name = "holder_id_kind")
    public HolderId.Kind holderIdKind;
    public String province;
    public String county;
    @Column(name = "estate_code")
    public String estateCode;
    @Column(name = "unit_id")
    public UUID unitId;
    @Column(name = "activity_code")
    public String activityCode;
    public String sector;
    public String product;
    @Column(name = "capacity_value")
    public Long capacityValue;
    @Column(name = "capacity_unit")
    public String capacityUnit;
    @Column(name = "fixed_investment_rials")
    public long fixedInvestmentRials;
    public int jobs;
    @Column(name = "issued_on")
    public LocalDate issuedOn;
    @Column(name = "issued_year")
    public int issuedYear;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    /** validUntil, or 2200-12-31 for a licence that never expires: what the validUntil sort orders by (V4). */
    @Column(name = "valid_until_key", insertable = false, updatable = false)
    public LocalDate validUntilKey;
    @Enumerated(EnumType.STRING)
    public PermitStatus status;
    public int renewals;
    @Column(name = "revocation_reason")
    public String revocationReason;
    /** An establishment licence's latest reported physical progress, 0-100; null before its first report. */
    @Column(name = "progress_percent")
    public Integer progressPercent;
    @Column(name = "progress_visit_date")
    public LocalDate progressVisitDate;
    /** The first day of the current term (issue or renewal); renewal needs a progress report dated since. */
    @Column(name = "term_started_on")
    public LocalDate termStartedOn;
    /** On an operating licence: the establishment licence at 100 % it follows from. */
    @Column(name = "establishment_permit_id")
    public UUID establishmentPermitId;
    /** On an establishment licence: the operating licence issued when its project was complete. */
    @Column(name = "completed_by_permit_id")
    public UUID completedByPermitId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** The version the contract and the API show: changes counted from 1 (Hibernate counts from 0). */
    public long changeNumber() {
        return version + 1;
    }

    public static Permit findByLicenceNumber(String licenceNumber) {
        return find("licenceNumber", licenceNumber).firstResult();
    }

    /** Extends the licence by one term from its current end (or from today if it has lapsed). */
    void renew(LocalDate today) {
        checkRenewable();
        if (kind == PermitKind.ESTABLISHMENT && !hasProgressReportInCurrentTerm()) {
            throw ProblemException.conflict("progress-report-required", "Progress report required",
                    "Renewing establishment licence " + licenceNumber + " needs an expert's progress report dated in its"
                            + " current term (" + termStartedOn + " to " + validUntil + "); the latest is "
                            + (progressVisitDate == null ? "none" : "dated " + progressVisitDate));
        }
        extend(today);
    }

    /**
     * A renewal recorded elsewhere, on {@code day}, replayed by an import: the rules of {@link #renew}
     * but the progress report, whose visits the registry the licence comes from kept, not this one.
     */
    void renewAsRecorded(LocalDate day) {
        checkRenewable();
        extend(day);
    }

    private void checkRenewable() {
        if (status == PermitStatus.REVOKED) {
            throw illegal("A revoked licence cannot be renewed");
        }
        if (kind == PermitKind.OPERATING) {
            throw illegal("Operating licences do not expire and are not renewed");
        }
        if (kind == PermitKind.GUILD && guildTerm == GuildTerm.TEMPORARY) {
            throw illegal("A temporary guild licence is granted once and cannot be renewed; issue a permanent one");
        }
        if (kind == PermitKind.ESTABLISHMENT && renewals >= PermitKind.MAX_ESTABLISHMENT_RENEWALS) {
            throw illegal("An establishment licence can be renewed at most " + PermitKind.MAX_ESTABLISHMENT_RENEWALS + " times");
        }
    }

    private void extend(LocalDate today) {
        LocalDate from = validUntil.isAfter(today) ? validUntil : today;
        validUntil = kind.validUntil(from, guildTerm);
        termStartedOn = from;
        renewals++;
        status = PermitStatus.ACTIVE;
    }

    /**
     * Records an expert's report of the project's physical progress. Reports are accepted in visit-date
     * order only, so each event's previous percent is that of the report dated before it (what lets stats
     * keep progress bands as stocks from transitions). Progress may go down only with a reason.
     */
    void reportProgress(int percent, LocalDate visitDate, String reason, LocalDate today) {
        if (kind != PermitKind.ESTABLISHMENT) {
            throw illegal("Physical progress is reported on establishment licences only, not on " + kind + " licences");
        }
        if (status == PermitStatus.REVOKED) {
            throw illegal("A revoked establishment licence takes no progress reports");
        }
        if (completedByPermitId != null) {
            throw illegal("The project is complete: operating licence " + completedByPermitId + " follows from it");
        }
        if (visitDate.isAfter(today)) {
            throw ProblemException.invalid("visitDate", "must not be in the future");
        }
        if (visitDate.isBefore(issuedOn)) {
            throw ProblemException.invalid("visitDate", "must not be before the licence's issue date " + issuedOn);
        }
        if (visitDate.isAfter(validUntil)) {
            // a visit made while the licence was in force may be recorded late; one after its end may not
            throw illegal("The licence expired after " + validUntil + ", before this visit on " + visitDate
                    + "; renew it first");
        }
        if (progressVisitDate != null && visitDate.isBefore(progressVisitDate)) {
            throw ProblemException.invalid("visitDate", "must not be before the latest report's visit date "
                    + progressVisitDate + " (reports are recorded in visit order)");
        }
        if (progressPercent != null && percent < progressPercent && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("reason", "is required when progress goes down (from " + progressPercent
                    + " % to " + percent + " %)");
        }
        progressPercent = percent;
        progressVisitDate = visitDate;
    }

    /** Links this establishment licence, at 100 %, to the operating licence of the same holder that follows from it. */
    void completeWith(Permit operating) {
        if (kind != PermitKind.ESTABLISHMENT) {
            throw ProblemException.invalid("establishmentPermitId", "must name an establishment licence, not "
                    + kind + " licence " + licenceNumber);
        }
        if (!province.equals(operating.province)) {
            throw ProblemException.invalid("establishmentPermitId", "must name an establishment licence of province "
                    + operating.province + "; " + licenceNumber + " is of " + province);
        }
        if (!holderId.equals(operating.holderId)) {
            throw ProblemException.conflict("another-holder", "Establishment licence of another holder",
                    "Establishment licence " + licenceNumber + " is held by someone else than the operating licence's holder");
        }
        if (status == PermitStatus.REVOKED) {
            throw illegal("A revoked establishment licence cannot lead to an operating licence");
        }
        if (completedByPermitId != null) {
            throw illegal("Operating licence " + completedByPermitId + " already follows from this establishment licence");
        }
        if (progressPercent == null || progressPercent < 100) {
            throw ProblemException.conflict("project-not-complete", "Project not complete",
                    "Establishment licence " + licenceNumber + " is at " + (progressPercent == null ? "no reported" : progressPercent + " %")
                            + " physical progress; an operating licence follows from it only at 100 %");
        }
        completedByPermitId = operating.id;
    }

    private boolean hasProgressReportInCurrentTerm() {
        return progressVisitDate != null && termStartedOn != null && !progressVisitDate.isBefore(termStartedOn)
                && !progressVisitDate.isAfter(validUntil);
    }

    void revoke(String reason) {
        if (status == PermitStatus.REVOKED) {
            throw illegal("This licence is already revoked");
        }
        status = PermitStatus.REVOKED;
        revocationReason = reason;
    }

    void expire() {
        if (status != PermitStatus.ACTIVE) {
            throw illegal("Only an active licence can expire");
        }
        status = PermitStatus.EXPIRED;
    }

    /** Whether a citizen checking the licence today should be told it is valid. */
    public PermitStatus statusOn(LocalDate day) {
        if (status == PermitStatus.ACTIVE && validUntil != null && validUntil.isBefore(day)) {
            return PermitStatus.EXPIRED;
        }
        return status;
    }

    private ProblemException illegal(String detail) {
        return ProblemException.conflict("illegal-transition", "Illegal licence transition",
                detail + " (licence " + licenceNumber + " is " + status + ")");
    }
}
