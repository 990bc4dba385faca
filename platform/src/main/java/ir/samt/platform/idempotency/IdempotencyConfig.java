package ir.samt.platform.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code samt.idempotency.*}: how long stored answers to POSTs with an Idempotency-Key are kept (docs/operations.md, "Data retention"). */
@ConfigMapping(prefix = "samt.idempotency")
public interface IdempotencyConfig {

    /** Stored answers older than this are purged: a retry after it is a new request. */
    @WithDefault("P7D")
    Duration retention();

    /** How often the purge runs (read by its schedule). */
    @WithDefault("1h")
    String purgeEvery();
}
