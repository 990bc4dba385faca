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
    @Enumerated(EnumType.STRING)
    public PermitStatus status;
    public int renewals;
    @Column(name = "revocation_reason")
    public String revocationReason;
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
        LocalDate from = validUntil.isAfter(today) ? validUntil : today;
        validUntil = kind.validUntil(from, guildTerm);
        renewals++;
        status = PermitStatus.ACTIVE;
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
