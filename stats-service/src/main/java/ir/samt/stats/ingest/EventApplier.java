package ir.samt.stats.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import ir.samt.stats.live.ProvinceVersions;
import ir.samt.stats.projection.EventInterpreter;
import ir.samt.stats.projection.InvalidEventException;
import ir.samt.stats.projection.ProjectionStore;
import ir.samt.stats.projection.StatsEvent;
import ir.samt.stats.rebuild.RebuildState;

/**
 * One batch of records from either topic, start to finish: interpret, dead-letter what breaks the
 * contract, apply the rest in one transaction, then advance versions and record metrics (the totals
 * publisher finds changed provinces in {@code province_version} itself). Used by the live consumer
 * and by the rebuild replay alike, so both arrive at the same totals by the same code.
 */
@ApplicationScoped
public class EventApplier {

    private static final Logger LOG = Logger.getLogger(EventApplier.class);

    public enum Mode {
        /** the live consumer: freshness is measured and totals are published */
        LIVE,
        /** the rebuild replay: old events, totals are published once at the end */
        REPLAY
    }

    public record Result(int records, int applied, int duplicates, int deadLettered) {
    }

    @Inject
    ProjectionStore store;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ProvinceVersions versions;

    @Inject
    RebuildState rebuild;

    @Inject
    MeterRegistry registry;

    private Timer freshness;
    private Timer batchTime;
    private volatile boolean stopping;

    @PostConstruct
    void init() {
        freshness = Timer.builder("samt.stats.freshness")
                .description("From an event's time to its totals being committed (live consumption only)")
                .publishPercentiles(0.5, 0.99).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
        batchTime = Timer.builder("samt.stats.batch.duration").description("Time to apply one batch")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    public Result apply(List<ConsumerRecord<String, String>> records, Mode mode) {
        long started = System.nanoTime();
        Map<UUID, StatsEvent> unique = new LinkedHashMap<>();
        List<DeadLetters.DeadLetter> dead = new ArrayList<>();
        int duplicatesInBatch = 0;
        for (ConsumerRecord<String, String> record : records) {
            try {
                StatsEvent event = EventInterpreter.interpret(record.value());
                if (unique.putIfAbsent(event.id(), event) != null) {
                    duplicatesInBatch++;
                }
            } catch (InvalidEventException e) {
                dead.add(new DeadLetters.DeadLetter(record, e.getMessage()));
            }
        }
        List<StatsEvent> events = new ArrayList<>(unique.values());
        ProjectionStore.Applied applied = retrying(() -> {
            if (!dead.isEmpty()) {
                deadLetters.send(dead);
                dead.clear(); // sent: a retry of the database part must not send them again
            }
            return store.apply(events, null);
        });
        versions.advance(applied.versions());

        Instant now = Instant.now();
        if (mode == Mode.LIVE) {
            for (StatsEvent event : applied.applied()) {
                freshness.record(Duration.between(event.time(), now).abs());
            }
        }
        int duplicates = duplicatesInBatch + events.size() - applied.applied().size();
        String tag = mode.name().toLowerCase(java.util.Locale.ROOT);
        registry.counter("samt.stats.events.applied", "mode", tag).increment(applied.applied().size());
        registry.counter("samt.stats.events.duplicates", "mode", tag).increment(duplicates);
        batchTime.record(Duration.ofNanos(System.nanoTime() - started));
        return new Result(records.size(), applied.applied().size(), duplicates,
                records.size() - events.size() - duplicatesInBatch);
    }

    interface Attempt<T> {
        T run() throws Exception;
    }

    /**
     * A batch is retried until it commits: skipping it would lose events, and the consumer holds
     * its offsets meanwhile (back-pressure). Deadlocks and outages are the expected causes.
     */
    private <T> T retrying(Attempt<T> attempt) {
        long backoff = 50;
        int attempts = 0;
        while (true) {
            try {
                return attempt.run();
            } catch (Exception e) {
                attempts++;
                if (stopping) {
                    throw new IllegalStateException("Shutting down with an unapplied batch; it will be redelivered", e);
                }
                LOG.warnf("Applying a batch failed (attempt %d, retrying in %d ms): %s", attempts, backoff, rootCause(e));
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted with an unapplied batch", e);
                }
                backoff = Math.min(5000, backoff * 2);
            }
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.toString();
    }
}
