package ir.samt.stats.consumption;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.common.annotation.Identifier;

/**
 * Ready only once both live consumers have joined the consumer group, so "ready" after a start
 * means "consuming", not merely "answering HTTP" (docs/stats.md, "Restarts"). Later rebalances do
 * not make the replica unready: its reads stay correct meanwhile, and the gauge
 * {@code samt_stats_partitions_assigned} shows them.
 */
@Readiness
@ApplicationScoped
public class ConsumingReadinessCheck implements HealthCheck {

    @Inject
    @Identifier(PartitionAssignments.NAME)
    PartitionAssignments assignments;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("stats-consumer-group")
                .status(assignments.joinedAll());
        assignments.held().forEach((topic, partitions) -> response.withData(topic, partitions));
        return response.build();
    }
}
