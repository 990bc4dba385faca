package ir.samt.stats.query;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import ir.samt.platform.security.Roles;

/**
 * Who may read totals, for every endpoint under {@code /stats} at once (the HTTP permission
 * {@code stats-read} in application.properties names this policy): an endpoint is covered by its
 * path, not by remembering a call, so a new one cannot be public by mistake. Published provincial
 * totals are public data in many provinces, so reads are public by default
 * ({@code samt.stats.public-read=true}); with false every request needs a bearer token with
 * {@code stats-reader} or {@code stats-admin} (401 without a token, 403 with other roles).
 * Annotations still apply on top (rebuild: {@code stats-admin} in either mode).
 */
@ApplicationScoped
public class StatsReadPolicy implements HttpSecurityPolicy {

    public static final String NAME = "stats-read";

    @ConfigProperty(name = "samt.stats.public-read", defaultValue = "true")
    boolean publicRead;

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext requestContext) {
        if (publicRead) {
            return CheckResult.permit();
        }
        return identity.map(who -> who.hasRole(Roles.STATS_READER) || who.hasRole(Roles.STATS_ADMIN)
                ? CheckResult.PERMIT : CheckResult.DENY);
    }

    @Override
    public String name() {
        return NAME;
    }
}
