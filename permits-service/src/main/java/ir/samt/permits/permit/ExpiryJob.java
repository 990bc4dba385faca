package ir.samt.permits.permit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import ir.samt.platform.calendar.Jalali;

/**
 * Expires licences whose validity has ended, one transaction (and one event) per licence, so a
 * failure on one never holds back the others. With several replicas the optimistic lock makes a
 * licence expire exactly once: the losing replica's change fails and is skipped.
 */
@ApplicationScoped
public class ExpiryJob {

    private static final Logger LOG = Logger.getLogger(ExpiryJob.class);
    private static final int BATCH = 500;

    @Inject
    PermitService permits;

    @Inject
    Clock clock;

    @Scheduled(every = "${samt.permits.expiry.every:15m}", delayed = "${samt.permits.expiry.delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int expired = expireDue();
        if (expired > 0) {
            LOG.infof("Expired %d licences", expired);
        }
    }

    /** Expires everything due today; returns how many licences it expired. */
    public int expireDue() {
        LocalDate today = LocalDate.now(clock.withZone(Jalali.TEHRAN));
        int total = 0;
        while (true) {
            var due = permits.dueForExpiry(today, BATCH);
            int expiredNow = 0;
            for (UUID id : due) {
                try {
                    permits.expire(id);
                    expiredNow++;
                } catch (RuntimeException e) {
                    LOG.debugf("Licence %s not expired (%s); another replica or officer changed it", id, e.getMessage());
                }
            }
            total += expiredNow;
            if (due.size() < BATCH || expiredNow == 0) {
                return total;
            }
        }
    }
}
