package ir.samt.kafka;

import java.util.List;

/**
 * The topics of the event contract (docs/events.md), with the partition counts production uses,
 * so tests and local runs see the same layout as a cluster. deploy/kubernetes declares the same
 * topics as KafkaTopic resources; a test keeps both lists in step.
 */
public final class ContractTopics {

    public record Topic(String name, int partitions, boolean compacted) {
    }

    public static final Topic PERMITS = new Topic("samt.permits.v1", 6, false);
    public static final Topic UNITS = new Topic("samt.units.v1", 6, false);
    public static final Topic PROVINCE_TOTALS = new Topic("samt.stats.province-totals.v1", 3, true);
    public static final Topic STATS_DLQ = new Topic("samt.stats.dlq.v1", 1, false);

    public static final List<Topic> ALL = List.of(PERMITS, UNITS, PROVINCE_TOTALS, STATS_DLQ);

    private ContractTopics() {
    }
}
