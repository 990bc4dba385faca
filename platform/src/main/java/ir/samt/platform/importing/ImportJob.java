package ir.samt.platform.importing;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far an import named by its Import-Id is, as {@code GET .../imports/{id}} shows it. */
@Schema(name = "ImportJob", description = "An import's progress while it runs and its counts when it ended")
public record ImportJob(UUID id, @Schema(example = "units") String kind, @Schema(example = "CSV") String format,
        @Schema(example = "officer-25") String actor, State state,
        @Schema(description = "Records read from the file so far", example = "450000") long rowsRead,
        @Schema(description = "Records stored so far (chunks committed)", example = "449000") long stored,
        @Schema(description = "When DONE: valid rows that were already stored", nullable = true) Long alreadyStored,
        @Schema(description = "Rows refused so far; the import's response lists them", example = "12") long refused,
        @Schema(description = "When FAILED: why", nullable = true) String detail, OffsetDateTime startedAt,
        OffsetDateTime updatedAt, OffsetDateTime finishedAt) {

    /** A running import writes its progress at least once per chunk; this long without a word, it is gone. */
    static final Duration STALLED_AFTER = Duration.ofMinutes(2);

    @Schema(name = "ImportState", description = "STALLED: RUNNING but silent for two minutes (its replica or "
            + "connection died); what it stored stays, and re-sending the file completes it")
    public enum State {
        RUNNING, DONE, FAILED, STALLED;

        static State of(String stored, OffsetDateTime updatedAt, OffsetDateTime now) {
            State state = valueOf(stored);
            return state == RUNNING && updatedAt.plus(STALLED_AFTER).isBefore(now) ? STALLED : state;
        }
    }
}
