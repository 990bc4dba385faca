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

/** One entry of a licence's history: what changed, by whom, and the event that announced it. */
@Entity
@Table(name = "permit_change")
public class PermitChange extends PanacheEntityBase {

    public enum Change {
        ISSUED, RENEWED, REVOKED, EXPIRED
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

    public static List<PermitChange> historyOf(UUID permitId) {
        return list("permitId = ?1 order by version, id", permitId);
    }
}
