package ir.samt.platform.importing;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The loop every bulk import shares: read a record, check it ({@code check}: the service's rules), collect
 * good rows into chunks of {@code chunkSize} and hand each to a {@link ChunkPipeline}, which writes
 * {@code writers} chunks at once while the next is read. Only those chunks and the error report are ever
 * in memory, never the file. Progress goes to an {@link ImportProgress} every {@code chunkSize} records read.
 */
public final class ImportRun {

    /** A checked row: ready to write, or refused with every error found in it. */
    public record Checked<D>(D draft, String externalRef, List<ImportReport.RowError> errors) {

        public static <D> Checked<D> valid(String externalRef, D draft) {
            return new Checked<>(draft, externalRef, List.of());
        }

        public static <D> Checked<D> refused(List<ImportReport.RowError> errors) {
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a refused row needs at least one error");
            }
            return new Checked<>(null, null, List.copyOf(errors));
        }
    }

    /** How an import writes: its writer threads' name, rows per chunk (one transaction each), chunks at once. */
    public record Settings(String threadName, int chunkSize, int writers) {

        public Settings {
            if (chunkSize < 1 || writers < 1) {
                throw new IllegalArgumentException("chunk size and writers must be at least 1");
            }
        }
    }

    private ImportRun() {
    }

    public static <D> ImportReport run(String format, RowSource rows, Function<ImportRow, Checked<D>> check,
            ChunkWriter<D> writer, Settings settings, String actor, Clock clock, ImportProgress progress)
            throws IOException {
        long started = System.nanoTime();
        ImportErrors errors = new ImportErrors();
        List<ValidRow<D>> chunk = new ArrayList<>(settings.chunkSize());
        long total = 0;
        long valid = 0;
        long imported;
        try (ChunkPipeline<D> pipeline = new ChunkPipeline<>(settings.threadName(), writer, actor, settings.writers(),
                errors::refusedByDatabase)) {
            for (ImportRow row; (row = rows.next()) != null;) {
                total++;
                Checked<D> checked = check.apply(row);
                if (!checked.errors().isEmpty()) {
                    errors.reject(checked.errors());
                    continue;
                }
                valid++;
                chunk.add(new ValidRow<>(row.number(), checked.externalRef(), checked.draft()));
                if (chunk.size() >= settings.chunkSize()) {
                    pipeline.submit(chunk, OffsetDateTime.now(clock));
                    chunk = new ArrayList<>(settings.chunkSize());
                }
                if (total % settings.chunkSize() == 0) {
                    progress.advanced(total, pipeline.written(), errors.rejectedRows());
                }
            }
            if (!chunk.isEmpty()) {
                pipeline.submit(chunk, OffsetDateTime.now(clock));
            }
            imported = pipeline.finish();
        } catch (IOException | RuntimeException e) {
            progress.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            throw e;
        }
        long alreadyImported = valid - imported - errors.refusedByDatabase();
        long millis = (System.nanoTime() - started) / 1_000_000;
        ImportReport report = new ImportReport(format, total, imported, alreadyImported, errors.rejectedRows(),
                errors.inRowOrder(), errors.truncated(), millis);
        progress.finished(report);
        return report;
    }
}
