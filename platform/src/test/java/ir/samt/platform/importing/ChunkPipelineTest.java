package ir.samt.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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


/** The import's writer pipeline without a database: retries, refused rows, failures and how many chunks it holds. */
class ChunkPipelineTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2025-05-10T10:00:00+03:30");

    /**
     * Counts each chunk's size as "inserted", records concurrency, and fails the attempts that
     * {@code failure} names: (chunk, this chunk size's attempt number) -> error or null.
     */
    static class FakeWriter implements ChunkWriter<String> {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger maxRunning = new AtomicInteger();
        final List<Integer> attempts = Collections.synchronizedList(new ArrayList<>());
        final Map<Integer, AtomicInteger> attemptsBySize = new ConcurrentHashMap<>();
        final List<List<String>> written = Collections.synchronizedList(new ArrayList<>());
        final BiFunction<List<String>, Integer, RuntimeException> failure;

        FakeWriter(BiFunction<List<String>, Integer, RuntimeException> failure) {
            this.failure = failure;
        }

        @Override
        public int write(List<String> drafts, String actor, OffsetDateTime now) {
            int attempt = attemptsBySize.computeIfAbsent(drafts.size(), k -> new AtomicInteger()).incrementAndGet();
            attempts.add(drafts.size());
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(50); // long enough that two writers overlap even on a loaded machine
                RuntimeException e = failure.apply(drafts, attempt);
                if (e != null) {
                    throw e;
                }
                written.add(List.copyOf(drafts));
                return drafts.size();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        }
    }

    private final List<ImportReport.RowError> refused = Collections.synchronizedList(new ArrayList<>());

    /** Rows {@code first}..{@code first + size - 1}, each with externalRef "r" + its number. */
    private static List<ValidRow<String>> chunk(int first, int size) {
        List<ValidRow<String>> rows = new ArrayList<>();
        for (long n = first; n < first + size; n++) {
            rows.add(new ValidRow<>(n, "r" + n, "r" + n));
        }
        return rows;
    }

    private static boolean holds(List<String> drafts, String externalRef) {
        return drafts.contains(externalRef);
    }

    private static IllegalStateException databaseError(String message, String sqlState) {
        return new IllegalStateException("Could not write imported rows", new SQLException(message, sqlState));
    }

    private ChunkPipeline<String> pipeline(FakeWriter writer) {
        return new ChunkPipeline<>("test-writer", writer, "test", 2, refused::add);
    }

    @Test
    void aChunkThatLostADeadlockIsWrittenAgainAndCountsOnce() {
        // the 5-row chunk loses a deadlock on its first attempt
        FakeWriter writer = new FakeWriter((drafts, attempt) -> drafts.size() == 5 && attempt == 1
                ? databaseError("deadlock detected", "40P01")
                : null);
        try (ChunkPipeline<String> pipeline = pipeline(writer)) {
            pipeline.submit(chunk(1, 3), NOW);
            pipeline.submit(chunk(4, 5), NOW);
            pipeline.submit(chunk(9, 7), NOW);
            assertThat(pipeline.finish()).isEqualTo(15);
        }
        assertThat(writer.attempts).containsExactlyInAnyOrder(3, 5, 5, 7);
        assertThat(refused).isEmpty();
    }

    @Test
    void anyOtherFailureStopsTheImportWithThatError() {
        FakeWriter writer = new FakeWriter((drafts, attempt) -> new IllegalStateException("disk full"));
        try (ChunkPipeline<String> pipeline = pipeline(writer)) {
            pipeline.submit(chunk(1, 3), NOW);
            assertThatThrownBy(pipeline::finish).hasMessage("disk full");
        }
        assertThat(writer.attempts).hasSize(1);
        assertThat(refused).isEmpty();
    }

    @Test
    void noMoreChunksAreWrittenAtOnceThanThereAreWriters() {
        FakeWriter writer = new FakeWriter((drafts, attempt) -> null);
        try (ChunkPipeline<String> pipeline = pipeline(writer)) {
            for (int i = 0; i < 10; i++) {
                pipeline.submit(chunk(i + 1, 1), NOW);
            }
            assertThat(pipeline.finish()).isEqualTo(10);
        }
        assertThat(writer.maxRunning.get()).isEqualTo(2);
    }

    @Test
    void rowsTheDatabaseRefusesAreReportedAndTheRestOfTheirChunkIsStored() {
        // r3 breaks a check constraint, r6 a unique key: each fails every transaction it is part of
        FakeWriter writer = new FakeWriter((drafts, attempt) -> holds(drafts, "r3")
                ? databaseError("new row violates check constraint", "23514")
                : holds(drafts, "r6") ? databaseError("duplicate key value violates unique constraint", "23505") : null);
        try (ChunkPipeline<String> pipeline = pipeline(writer)) {
            pipeline.submit(chunk(1, 8), NOW);
            pipeline.submit(chunk(9, 4), NOW);
            assertThat(pipeline.finish()).isEqualTo(10);
        }
        assertThat(refused).extracting(ImportReport.RowError::row, ImportReport.RowError::externalRef)
                .containsExactlyInAnyOrder(tuple(3L, "r3"), tuple(6L, "r6"));
        assertThat(refused).allSatisfy(e -> assertThat(e.message()).startsWith("passed every check but the database refused"));
        assertThat(writer.written.stream().flatMap(List::stream))
                .containsExactlyInAnyOrder("r1", "r2", "r4", "r5", "r7", "r8", "r9", "r10", "r11", "r12");
    }

    @Test
    void aDatabaseThatIsUnavailableStopsTheImportInsteadOfRefusingRows() {
        FakeWriter writer = new FakeWriter((drafts, attempt) -> databaseError("Connection to 127.0.0.1:5432 refused", "08001"));
        try (ChunkPipeline<String> pipeline = pipeline(writer)) {
            pipeline.submit(chunk(1, 4), NOW);
            assertThatThrownBy(pipeline::finish).hasRootCauseMessage("Connection to 127.0.0.1:5432 refused");
        }
        // not split and retried row by row: a re-send completes the import once the database is back
        assertThat(writer.attempts).containsExactly(4);
        assertThat(refused).isEmpty();
    }
}
