package ir.samt.platform.importing;

import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import io.opentelemetry.context.Context;
import ir.samt.platform.problem.DatabaseFailures;

/**
 * Writes an import's chunks on {@code writers} background threads while the request thread reads
 * and validates the next chunk, so PostgreSQL works on several chunks at once (one connection and
 * core each) and the service's parsing overlaps with it. At most {@code writers} chunks are being
 * written and one filled: memory stays bounded by that many chunks, whatever the file's size.
 *
 * <p>Each chunk is its own transaction and chunks may commit in any order: every row is inserted
 * at most once (its externalRef is unique), so the outcome does not depend on the order, and a
 * re-import completes an interrupted one. Two chunks that share externalRefs (a file that repeats a
 * row far apart) can deadlock on each other's inserts; PostgreSQL aborts one, which is then
 * retried: its transaction rolled back whole, so the retry stores exactly what it would have.
 *
 * <p>A row that passed validation can still be refused by the database (a constraint only it
 * checks). Its chunk rolled back whole, so the chunk is written again in halves, each its own
 * transaction, down to single rows: the good rows land, the refused one becomes a row error, and a
 * chunk with one bad row among n costs about 2·log2(n) extra transactions. Any other failure (the
 * database unavailable) stops the import; see {@link WriteFailures}.
 */
public final class ChunkPipeline<D> implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ChunkPipeline.class);
    private static final int ATTEMPTS = 5;

    /** What writing a chunk did: how many rows it inserted and which rows the database refused. */
    private record Outcome(int inserted, List<ImportReport.RowError> refused) {

        Outcome plus(Outcome other) {
            List<ImportReport.RowError> both = new ArrayList<>(refused);
            both.addAll(other.refused);
            return new Outcome(inserted + other.inserted, both);
        }
    }

    private final ChunkWriter<D> writer;
    private final String actor;
    private final int writers;
    private final Consumer<ImportReport.RowError> refusedRows;
    private final ExecutorService threads;
    private final Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
    private long written;

    /**
     * @param refusedRows told of each row the database refused, on the thread that calls
     *        {@link #submit} and {@link #finish}
     */
    public ChunkPipeline(String threadName, ChunkWriter<D> writer, String actor, int writers,
            Consumer<ImportReport.RowError> refusedRows) {
        this.writer = writer;
        this.actor = actor;
        this.writers = writers;
        this.refusedRows = refusedRows;
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(writers, r -> {
            Thread t = new Thread(r, threadName + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Hands over a full chunk (the caller must not touch it again); waits while all writers are busy. */
    public void submit(List<ValidRow<D>> chunk, OffsetDateTime now) {
        while (inFlight.size() >= writers) {
            awaitOldest();
        }
        // the request's trace goes along, so every imported row's event carries its traceparent
        inFlight.add(threads.submit(Context.current().wrap(() -> writeSplittingRefusals(chunk, now))));
    }

    /** How many rows the chunks written so far inserted; grows as chunks complete. */
    public long written() {
        return written;
    }

    /** @return how many rows all submitted chunks inserted (the rest were already stored or refused) */
    public long finish() {
        while (!inFlight.isEmpty()) {
            awaitOldest();
        }
        return written;
    }

    private Outcome writeSplittingRefusals(List<ValidRow<D>> rows, OffsetDateTime now) throws InterruptedException {
        try {
            return new Outcome(writeRetryingDeadlocks(rows.stream().map(ValidRow::draft).toList(), now), List.of());
        } catch (RuntimeException e) {
            var refusal = DatabaseFailures.dataRefusal(e);
            if (refusal == null) {
                throw e;
            }
            if (rows.size() == 1) {
                LOG.infof("The database refused import row %d: %s", rows.get(0).number(), refusal.getMessage());
                return new Outcome(0, List.of(WriteFailures.rowError(rows.get(0), refusal)));
            }
            LOG.debugf("The database refused a row among import rows %d-%d; writing them in halves",
                    rows.get(0).number(), rows.get(rows.size() - 1).number());
            int half = rows.size() / 2;
            return writeSplittingRefusals(rows.subList(0, half), now)
                    .plus(writeSplittingRefusals(rows.subList(half, rows.size()), now));
        }
    }

    private int writeRetryingDeadlocks(List<D> chunk, OffsetDateTime now) throws InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                return writer.write(chunk, actor, now);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !DatabaseFailures.isDeadlockOrSerializationFailure(e)) {
                    throw e;
                }
                LOG.infof("An import chunk lost a deadlock to another chunk (attempt %d); writing it again", attempt);
                Thread.sleep(10L * attempt);
            }
        }
    }

    private void awaitOldest() {
        try {
            Outcome outcome = inFlight.removeFirst().get();
            written += outcome.inserted();
            outcome.refused().forEach(refusedRows);
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
