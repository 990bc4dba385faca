package ir.samt.units.importing;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import io.opentelemetry.context.Context;
import ir.samt.units.unit.UnitDraft;

/**
 * Writes an import's chunks on {@code writers} background threads while the request thread reads
 * and validates the next chunk, so PostgreSQL works on several chunks at once (one connection and
 * core each) and the service's parsing overlaps with it. At most {@code writers} chunks are being
 * written and one filled: memory stays bounded by that many chunks, whatever the file's size.
 *
 * <p>Each chunk is its own transaction and chunks may commit in any order: every unit is inserted
 * at most once (its externalRef is unique), so the outcome does not depend on the order, and a
 * re-import completes an interrupted one. Two chunks that share externalRefs (a file that repeats a
 * row far apart) can deadlock on each other's inserts; PostgreSQL aborts one, which is then
 * retried: its transaction rolled back whole, so the retry stores exactly what it would have.
 */
final class ChunkPipeline implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ChunkPipeline.class);
    private static final int ATTEMPTS = 5;

    private final ImportWriter writer;
    private final String actor;
    private final int writers;
    private final ExecutorService threads;
    private final Deque<Future<Integer>> inFlight = new ArrayDeque<>();
    private long written;

    ChunkPipeline(ImportWriter writer, String actor, int writers) {
        this.writer = writer;
        this.actor = actor;
        this.writers = writers;
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(writers, r -> {
            Thread t = new Thread(r, "unit-import-writer-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Hands over a full chunk (the caller must not touch it again); waits while all writers are busy. */
    void submit(List<UnitDraft> chunk, OffsetDateTime now) {
        while (inFlight.size() >= writers) {
            awaitOldest();
        }
        // the request's trace goes along, so every imported unit's event carries its traceparent
        inFlight.add(threads.submit(Context.current().wrap(() -> writeRetryingDeadlocks(chunk, now))));
    }

    /** @return how many units all submitted chunks inserted (the rest were already registered) */
    long finish() {
        while (!inFlight.isEmpty()) {
            awaitOldest();
        }
        return written;
    }

    private int writeRetryingDeadlocks(List<UnitDraft> chunk, OffsetDateTime now) throws InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                return writer.write(chunk, actor, now);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isDeadlockOrSerializationFailure(e)) {
                    throw e;
                }
                LOG.infof("An import chunk lost a deadlock to another chunk (attempt %d); writing it again", attempt);
                Thread.sleep(10L * attempt);
            }
        }
    }

    static boolean isDeadlockOrSerializationFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private void awaitOldest() {
        try {
            written += inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing an import chunk", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    /** On failure or a broken stream: lets chunks being written finish (each is whole and valid), then stops the threads. */
    @Override
    public void close() {
        threads.shutdown();
    }
}
