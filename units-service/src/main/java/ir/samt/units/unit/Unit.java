package ir.samt.units.unit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import ir.samt.platform.ids.HolderId;
import ir.samt.platform.problem.ProblemException;

/**
 * An industrial or guild unit and the rules of its lifecycle: ACTIVE → STAGNANT → ACTIVE (revival),
 * ACTIVE or STAGNANT → CLOSED. State changes happen only through the methods here, which refuse
 * illegal transitions; {@link UnitService} persists them with their events and history.
 */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

    /** Business dates before the Islamic Republic's first fiscal year are typos. */
    static final LocalDate EARLIEST = LocalDate.of(1979, 3, 21);

    @Id
    public UUID id;
    @Column(name = "external_ref")
    public String externalRef;
    @Enumerated(EnumType.STRING)
    public UnitKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "guild_group")
    public GuildGroup guildGroup;
    public String name;
    /** {@code PersianText.searchKey(name)}: what name search matches against. */
    @Column(name = "name_key")
    public String nameKey;
    @Column(name = "holder_id")
    public String holderId;
    @Enumerated(EnumType.STRING)
    @Column(name = "holder_id_kind")
    public HolderId.Kind holderIdKind;
    public String province;
    public String county;
    @Column(name = "estate_code")
    public String estateCode;
    @Column(name = "activity_code")
    public String activityCode;
    public String sector;
    public int employees;
    @Column(name = "licence_number")
    public String licenceNumber;
    @Enumerated(EnumType.STRING)
    public UnitStatus status;
    @Column(name = "registered_on")
    public LocalDate registeredOn;
    /** The business date of the latest status change (registration, stagnation, revival, closure). */
    @Column(name = "status_since")
    public LocalDate statusSince;
    /** Why the unit is stagnant; empty unless it is. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "unit_stagnation_reason", joinColumns = @JoinColumn(name = "unit_id"))
    @Column(name = "reason")
    @Enumerated(EnumType.STRING)
    public Set<StagnationReason> stagnationReasons = EnumSet.noneOf(StagnationReason.class);
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

    void stagnate(LocalDate on, Set<StagnationReason> reasons, LocalDate today) {
        if (status != UnitStatus.ACTIVE) {
            throw illegal("Only an active unit can become stagnant");
        }
        checkDate("stagnatedOn", on, today);
        status = UnitStatus.STAGNANT;
        statusSince = on;
        stagnationReasons.clear();
        stagnationReasons.addAll(reasons);
    }

    void revive(LocalDate on, LocalDate today) {
        if (status != UnitStatus.STAGNANT) {
            throw illegal("Only a stagnant unit can be revived");
        }
        checkDate("revivedOn", on, today);
        status = UnitStatus.ACTIVE;
        statusSince = on;
        stagnationReasons.clear();
    }

    void close(LocalDate on, LocalDate today) {
        if (status == UnitStatus.CLOSED) {
            throw illegal("This unit is already closed");
        }
        checkDate("closedOn", on, today);
        status = UnitStatus.CLOSED;
        statusSince = on;
        stagnationReasons.clear();
    }

    /** A change cannot predate the unit's current status, nor lie in the future. */
    private void checkDate(String field, LocalDate on, LocalDate today) {
        if (on.isAfter(today)) {
            throw ProblemException.invalid(field, "must not be in the future");
        }
        if (on.isBefore(statusSince)) {
            throw ProblemException.invalid(field, "must not be before " + statusSince + ", when the unit became " + status);
        }
    }

    private ProblemException illegal(String detail) {
        return ProblemException.conflict("illegal-transition", "Illegal unit transition",
                detail + " (unit " + id + " is " + status + ")");
    }
}
