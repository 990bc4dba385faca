package ir.samt.units.importing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.opentelemetry.context.Context;
import ir.samt.units.unit.UnitDraft;

/**
 * Writes an import's chunks on one background thread while the request thread reads and validates
 * the next chunk, so PostgreSQL's inserts and the service's parsing overlap instead of taking
 * turns. At most one chunk is being written and one being filled: memory stays bounded by two
 * chunks, whatever the file's size. Chunks commit in file order, each in its own transaction.
 */
final class ChunkPipeline implements AutoCloseable {

    private final ImportWriter writer;
    private final String actor;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "unit-import-writer");
        t.setDaemon(true);
        return t;
    });
    private Future<Integer> inFlight;
    private long written;

    ChunkPipeline(ImportWriter writer, String actor) {
        this.writer = writer;
        this.actor = actor;
    }

    /** Hands over a full chunk (the caller must not touch it again); waits for the previous one first. */
    void submit(List<UnitDraft> chunk, OffsetDateTime now) {
        awaitInFlight();
        // the request's trace goes along, so every imported unit's event carries its traceparent
        inFlight = thread.submit(Context.current().wrap(() -> writer.write(chunk, actor, now)));
    }

    /** @return how many units all submitted chunks inserted (the rest were already registered) */
    long finish() {
        awaitInFlight();
        return written;
    }

    private void awaitInFlight() {
        if (inFlight == null) {
            return;
        }
        try {
            written += inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing an import chunk", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            inFlight = null;
        }
    }

    /** On failure or a broken stream: lets a chunk being written finish (it is whole and valid), then stops the thread. */
    @Override
    public void close() {
        thread.shutdown();
    }
}
