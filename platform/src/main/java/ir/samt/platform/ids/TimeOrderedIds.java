package ir.samt.platform.ids;

import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * Ids that sort by creation time (RFC 9562 UUID version 7: 48 bits of Unix milliseconds, then random bits).
 * The ids a service creates in a row land next to each other in a B-tree, so inserting them appends to the
 * index's right edge instead of touching a random page each (the outbox's and the units' primary keys, the
 * stats service's {@code processed_event}). Still unguessable and unique across processes: 74 random bits.
 */
public final class TimeOrderedIds {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private TimeOrderedIds() {
    }

    public static UUID next() {
        return GENERATOR.generate();
    }
}
