package ir.samt.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code samt.http.*}: limits on what a request may send (docs/architecture.md, "The input boundary"). */
@ConfigMapping(prefix = "samt.http")
public interface HttpConfig {

    /**
     * Bytes of JSON an ordinary endpoint reads (413 beyond): 256 KiB is hundreds of times the largest real
     * request; the streamed import keeps {@code quarkus.http.limits.max-body-size}.
     */
    @WithDefault("262144")
    long maxJsonBody();
}
