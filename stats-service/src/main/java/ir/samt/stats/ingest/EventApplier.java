package ir.samt.stats.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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

/**
 * One batch of records from either topic, start to finish: interpret, apply what follows the
 * contract in one transaction (split to isolate an event the database refuses), dead-letter what
 * breaks the contract or was refused, then advance versions and record metrics (the totals
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
        Map<UUID, Pending> unique = new LinkedHashMap<>();
        List<DeadLetters.DeadLetter> dead = new ArrayList<>();
        int duplicatesInBatch = 0;
        for (ConsumerRecord<String, String> record : records) {
            try {
                StatsEvent event = EventInterpreter.interpret(record.value());
                if (unique.putIfAbsent(event.id(), new Pending(record, event)) != null) {
                    duplicatesInBatch++;
                }
            } catch (InvalidEventException e) {
                dead.add(new DeadLetters.DeadLetter(record, e.getMessage()));
            }
        }
        Outcome outcome = new Outcome();
        applyIsolatingPoison(new ArrayList<>(unique.values()), outcome);
        dead.addAll(outcome.poison);
        if (!dead.isEmpty()) {
            // acknowledged by Kafka before this method returns, i.e. before the batch's offsets commit
            retryingTransient(() -> {
                deadLetters.send(dead);
                return null;
            });
        }
        versions.advance(outcome.versions);

        Instant now = Instant.now();
        if (mode == Mode.LIVE) {
            for (StatsEvent event : outcome.applied) {
                freshness.record(Duration.between(event.time(), now).abs());
            }
        }
        int duplicates = duplicatesInBatch + unique.size() - outcome.applied.size() - outcome.poison.size();
        String tag = mode.name().toLowerCase(java.util.Locale.ROOT);
        registry.counter("samt.stats.events.applied", "mode", tag).increment(outcome.applied.size());
        registry.counter("samt.stats.events.duplicates", "mode", tag).increment(duplicates);
        batchTime.record(Duration.ofNanos(System.nanoTime() - started));
        return new Result(records.size(), outcome.applied.size(), duplicates, dead.size());
    }

    /** A record that follows the contract, with the event it became. */
    private record Pending(ConsumerRecord<String, String> record, StatsEvent event) {
    }

    /** What the committed transactions of one batch did, and the events the database refused. */
    private static final class Outcome {
        final List<StatsEvent> applied = new ArrayList<>();
        final Map<String, Long> versions = new HashMap<>();
        final List<DeadLetters.DeadLetter> poison = new ArrayList<>();

        void add(ProjectionStore.Applied committed) {
            applied.addAll(committed.applied());
            committed.versions().forEach((province, version) -> versions.merge(province, version, Math::max));
        }
    }

    /**
     * Applies the events in one transaction; if the database refuses their data ({@link ApplyFailure#DATA_ERROR}),
     * applies each half in its own transaction, down to single events, and a single refused event becomes a
     * dead letter. The good events of a batch with one poison event therefore cost about 2·log2(n) extra
     * transactions, once. Each committed part records its ids, so a crash halfway redelivers the batch and
     * the parts already committed count nothing the second time. Transient failures are retried at every level.
     */
    private void applyIsolatingPoison(List<Pending> batch, Outcome outcome) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<StatsEvent> events = batch.stream().map(Pending::event).toList();
            outcome.add(retryingTransient(() -> store.apply(events)));
        } catch (DataError e) {
            if (batch.size() == 1) {
                outcome.poison.add(new DeadLetters.DeadLetter(batch.get(0).record(), ApplyFailure.reason(e.getCause())));
                return;
            }
            LOG.infof("The database refused the data of a batch of %d events; applying it in halves to isolate the event: %s",
                    batch.size(), ApplyFailure.reason(e.getCause()));
            int half = batch.size() / 2;
            applyIsolatingPoison(batch.subList(0, half), outcome);
            applyIsolatingPoison(batch.subList(half, batch.size()), outcome);
        }
    }

    interface Attempt<T> {
        T run() throws Exception;
    }

    /** A failure of the data itself (see {@link ApplyFailure}); retrying the same events would fail the same way. */
    private static final class DataError extends RuntimeException {
        DataError(Throwable cause) {
            super(cause);
        }
    }

    /**
     * Runs the attempt until it succeeds, with back-off while the failure is transient (database or
     * Kafka unavailable, deadlock): skipping would lose events, and the consumer holds its offsets
     * meanwhile (back-pressure). A data error is thrown at once as {@link DataError}.
     */
    private <T> T retryingTransient(Attempt<T> attempt) {
        long backoff = 50;
        int attempts = 0;
        while (true) {
            try {
                return attempt.run();
            } catch (Exception e) {
                if (ApplyFailure.of(e) == ApplyFailure.DATA_ERROR) {
                    throw new DataError(e);
                }
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
