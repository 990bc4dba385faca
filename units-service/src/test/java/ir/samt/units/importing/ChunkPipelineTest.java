package ir.samt.units.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import ir.samt.units.unit.UnitDraft;

/** The import's writer pipeline without a database: retries, failures and how many chunks it holds. */
class ChunkPipelineTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2025-05-10T10:00:00+03:30");

    /** Counts each chunk's size as "inserted", optionally failing some attempts, and records concurrency. */
    static class FakeWriter extends ImportWriter {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger maxRunning = new AtomicInteger();
        final List<Integer> attempts = Collections.synchronizedList(new ArrayList<>());
        final java.util.function.IntFunction<RuntimeException> failure;

        FakeWriter(java.util.function.IntFunction<RuntimeException> failureOnAttempt) {
            this.failure = failureOnAttempt;
        }

        @Override
        public int write(List<UnitDraft> drafts, String actor, OffsetDateTime now) {
            int attempt = attempts.size() + 1;
            attempts.add(drafts.size());
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
                RuntimeException e = failure.apply(attempt);
                if (e != null) {
                    throw e;
                }
                return drafts.size();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        }
    }

    private static List<UnitDraft> chunk(int size) {
        return new ArrayList<>(Collections.nCopies(size, (UnitDraft) null));
    }

    @Test
    void aChunkThatLostADeadlockIsWrittenAgainAndCountsOnce() {
        FakeWriter writer = new FakeWriter(attempt -> attempt == 2
                ? new IllegalStateException("Could not write imported units", new SQLException("deadlock detected", "40P01"))
                : null);
        try (ChunkPipeline pipeline = new ChunkPipeline(writer, "test", 2)) {
            pipeline.submit(chunk(3), NOW);
            pipeline.submit(chunk(5), NOW);
            pipeline.submit(chunk(7), NOW);
            assertThat(pipeline.finish()).isEqualTo(15);
        }
        assertThat(writer.attempts).hasSize(4);
    }

    @Test
    void anyOtherFailureStopsTheImportWithThatError() {
        FakeWriter writer = new FakeWriter(attempt -> new IllegalStateException("disk full"));
        try (ChunkPipeline pipeline = new ChunkPipeline(writer, "test", 2)) {
            pipeline.submit(chunk(3), NOW);
            assertThatThrownBy(pipeline::finish).hasMessage("disk full");
        }
        assertThat(writer.attempts).hasSize(1);
    }

    @Test
    void noMoreChunksAreWrittenAtOnceThanThereAreWriters() {
        FakeWriter writer = new FakeWriter(attempt -> null);
        try (ChunkPipeline pipeline = new ChunkPipeline(writer, "test", 2)) {
            for (int i = 0; i < 10; i++) {
                pipeline.submit(chunk(1), NOW);
            }
            assertThat(pipeline.finish()).isEqualTo(10);
        }
        assertThat(writer.maxRunning.get()).isEqualTo(2);
    }
}
