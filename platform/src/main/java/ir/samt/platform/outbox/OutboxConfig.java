package ir.samt.platform.outbox;

import java.time.Duration;

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
         * Rows deleted since the outbox was last emptied after which the relay, on finding it drained,
         * truncates it to give its disk space back (OutboxSpaceReclaimer); 0 never does. Off by default
         * until one 409 seen in the article scenario's load on the run with it on is explained
         * (docs/operations.md, "Outbox disk space"); OutboxSpaceTest runs with 10,000.
         */
        @WithDefault("0")
        long reclaimAfterRows();
    }
}
