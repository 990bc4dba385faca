package ir.samt.permits.permit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One expert visit's report of an establishment project's physical progress (پیشرفت فیزیکی). */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "permit_id")
    public UUID permitId;
    /** The licence's version after this report. */
    public long version;
    public int percent;
    @Column(name = "previous_percent")
    public Integer previousPercent;
    @Column(name = "visit_date")
    public LocalDate visitDate;
    public String expert;
    public String reason;
    public String actor;
    @Column(name = "reported_at")
    public OffsetDateTime reportedAt;
    @Column(name = "event_id")
    public UUID eventId;

    public static List<ProgressReport> of(UUID permitId) {
        return list("permitId = ?1 order by visitDate, id", permitId);
    }
}
