package ir.samt.units.unit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One entry of a unit's history: what changed, on which business date, by whom, and its event. */
@Entity
@Table(name = "unit_change")
public class UnitChange extends PanacheEntityBase {

    public enum Change {
        REGISTERED, STAGNATED, REVIVED, CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "unit_id")
    public UUID unitId;
    public long version;
    @Enumerated(EnumType.STRING)
    public Change change;
    @Enumerated(EnumType.STRING)
    public UnitStatus status;
    @Column(name = "effective_date")
    public LocalDate effectiveDate;
    /** Stagnation reasons, comma separated (STAGNATED only). */
    public String reasons;
    /** Revival supporters, comma separated (REVIVED only). */
    public String supporters;
    @Column(name = "new_investment_rials")
    public Long newInvestmentRials;
    @Column(name = "jobs_restored")
    public Integer jobsRestored;
    public String note;
    public String actor;
    public OffsetDateTime at;
    @Column(name = "event_id")
    public UUID eventId;

    public static List<UnitChange> historyOf(UUID unitId) {
        return list("unitId = ?1 order by version, id", unitId);
    }
}
