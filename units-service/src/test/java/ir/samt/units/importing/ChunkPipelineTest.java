package ir.samt.units.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

import ir.samt.units.unit.UnitDraft;

/** The import's writer pipeline without a database: retries, failures and how many chunks it holds. */
class ChunkPipelineTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2025-05-10T10:00:00+03:30");

    /**
     * Counts each chunk's size as "inserted", records concurrency, and fails the attempts that
     * {@code failure} names: (chunk size, this chunk's attempt number) -> error or null.
     */
    static class FakeWriter extends ImportWriter {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger maxRunning = new AtomicInteger();
        final List<Integer> attempts = Collections.synchronizedList(new ArrayList<>());
        final Map<Integer, AtomicInteger> attemptsBySize = new ConcurrentHashMap<>();
        final BiFunction<Integer, Integer, RuntimeException> failure;

        FakeWriter(BiFunction<Integer, Integer, RuntimeException> failure) {
            this.failure = failure;
        }

        @Override
        public int write(List<UnitDraft> drafts, String actor, OffsetDateTime now) {
            int attempt = attemptsBySize.computeIfAbsent(drafts.size(), k -> new AtomicInteger()).incrementAndGet();
            attempts.add(drafts.size());
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(50); // long enough that two writers overlap even on a loaded machine
                RuntimeException e = failure.apply(drafts.size(), attempt);
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
        // the 5-row chunk loses a deadlock on its first attempt
        FakeWriter writer = new FakeWriter((size, attempt) -> size == 5 && attempt == 1
                ? new IllegalStateException("Could not write imported units", new SQLException("deadlock detected", "40P01"))
                : null);
        try (ChunkPipeline pipeline = new ChunkPipeline(writer, "test", 2)) {
            pipeline.submit(chunk(3), NOW);
            pipeline.submit(chunk(5), NOW);
            pipeline.submit(chunk(7), NOW);
            assertThat(pipeline.finish()).isEqualTo(15);
        }
        assertThat(writer.attempts).containsExactlyInAnyOrder(3, 5, 5, 7);
    }

    @Test
    void anyOtherFailureStopsTheImportWithThatError() {
        FakeWriter writer = new FakeWriter((size, attempt) -> new IllegalStateException("disk full"));
        try (ChunkPipeline pipeline = new ChunkPipeline(writer, "test", 2)) {
            pipeline.submit(chunk(3), NOW);
            assertThatThrownBy(pipeline::finish).hasMessage("disk full");
        }
        assertThat(writer.attempts).hasSize(1);
    }

    @Test
    void noMoreChunksAreWrittenAtOnceThanThereAreWriters() {
        FakeWriter writer = new FakeWriter((size, attempt) -> null);
        try (ChunkPipeline pipeline = new ChunkPipeline(writer, "test", 2)) {
            for (int i = 0; i < 10; i++) {
                pipeline.submit(chunk(1), NOW);
            }
            assertThat(pipeline.finish()).isEqualTo(10);
        }
        assertThat(writer.maxRunning.get()).isEqualTo(2);
    }
}
