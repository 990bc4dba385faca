package ir.samt.platform.outbox;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code samt.outbox.*}: where a service's events go and how its relay runs (docs/operations.md, "Outbox backlog"). */
@ConfigMapping(prefix = "samt.outbox")
public interface OutboxConfig {

    /** The contract topic this service publishes its events to (docs/asyncapi.yaml). */
    String topic();

    /** How often the backlog gauge {@code samt_outbox_oldest_age_seconds} is refreshed (read by its schedule). */
    @WithDefault("15s")
    String backlogProbeEvery();

    Relay relay();

    interface Relay {

        /** false: this replica never publishes. */
        @WithDefault("true")
        boolean enabled();

        /** Rows read, sent and deleted per round. */
        @WithDefault("1000")
        int batchSize();

        /** The advisory lock the replicas of one service compete for; any stable number per database. */
        @WithDefault("7305")
        long lockId();

        /** How long a round waits for the broker's acks before it fails and is retried with back-off. */
        @WithDefault("PT15S")
        Duration sendTimeout();

        /**
         * The outbox file size from which the relay, on finding the table drained, truncates it to give its
         * disk space back (OutboxSpaceReclaimer): what a bulk import's backlog left behind. Below it, the
         * space is left to autovacuum to reuse, so steady traffic never takes the table's lock; 0 never
         * truncates (docs/operations.md, "Outbox disk space").
         */
        @WithDefault("16M")
        MemorySize reclaimAbove();
    }
}
