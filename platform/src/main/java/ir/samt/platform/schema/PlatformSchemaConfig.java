package ir.samt.platform.schema;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code samt.platform.*}: which of the platform's tables a service has ({@link PlatformMigrations}). */
@ConfigMapping(prefix = "samt.platform")
public interface PlatformSchemaConfig {

    /** The platform's migration folders the service uses (stats-service keeps no idempotency keys and imports nothing: only db/outbox). */
    @WithDefault("db/outbox,db/idempotency,db/imports")
    List<String> migrations();
}
