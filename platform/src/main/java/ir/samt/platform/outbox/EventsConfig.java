package ir.samt.platform.outbox;

import io.smallrye.config.ConfigMapping;

/** {@code samt.events.*}: what a service writes into every CloudEvent it publishes. */
@ConfigMapping(prefix = "samt.events")
public interface EventsConfig {

    /** The CloudEvents {@code source}, e.g. {@code /samt/permits-service} (docs/events.md). */
    String source();
}
