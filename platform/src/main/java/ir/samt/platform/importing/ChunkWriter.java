package ir.samt.platform.importing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Writes one chunk of valid rows in one transaction of its own (with their outbox events), inserting
 * each row at most once by its external reference, so a chunk written again stores nothing twice.
 */
@FunctionalInterface
public interface ChunkWriter<D> {

    /** @return how many of {@code drafts} were inserted (the rest were already stored) */
    int write(List<D> drafts, String actor, OffsetDateTime now);
}
