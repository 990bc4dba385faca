package ir.samt.permits.permit;

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
import ir.samt.platform.cloudevents.CloudEvent;

/** One entry of a licence's history: what changed, by whom, and the event that announced it. */
@Entity
@Table(name = "permit_change")
public class PermitChange extends PanacheEntityBase {

    public enum Change {
        ISSUED, RENEWED, REVOKED, EXPIRED,
        /** an expert's progress report (establishment licences) */
        PROGRESS,
        /** the operating licence that follows from the project was issued (establishment licences) */
        COMPLETED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "permit_id")
    public UUID permitId;
    public long version;
    @Enumerated(EnumType.STRING)
    public Change change;
    @Enumerated(EnumType.STRING)
    public PermitStatus status;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    public String reason;
    public String actor;
    public OffsetDateTime at;
    @Column(name = "event_id")
    public UUID eventId;

    /** The history entry of a change announced by {@code event} (or, for COMPLETED, by the operating licence's issue). */
    static PermitChange record(Permit permit, Change change, String reason, String actor, CloudEvent event) {
        PermitChange entry = new PermitChange();
        entry.permitId = permit.id;
        entry.version = permit.changeNumber();
        entry.change = change;
        entry.status = permit.status;
        entry.validUntil = permit.validUntil;
        entry.reason = reason;
        entry.actor = actor;
        entry.at = event.time();
        entry.eventId = event.id();
        entry.persist();
        return entry;
    }

    public static List<PermitChange> historyOf(UUID permitId) {
        return list("permitId = ?1 order by version, id", permitId);
    }
}
