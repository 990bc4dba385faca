package ir.samt.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import ir.samt.client.stats.model.RankingRow;
import ir.samt.client.stats.model.Rankings;

import ir.samt.kafka.ContractTopics;
import ir.samt.kafka.KafkaBroker;

/**
 * The product's acceptance test: the packaged services run as separate processes on the real
 * broker and PostgreSQL, the article's scenario goes in through the public HTTP APIs, and the
 * director's figures for Qom, 1404 must come out of the stats service exactly — live, after a
 * restart of the stats service, and after a full rebuild from the topics.
 */
@ExtendWith(ArticleSystem.Loaded.class)
class ArticleFiguresIT {

    private static KafkaBroker broker;
    private static ServiceProcesses services;
    private static ServiceClients apis;
    private static ArticleSystem system;

    @BeforeAll
    static void theScenarioIsLoaded() throws Exception {
        system = ArticleSystem.current();
        broker = system.broker;
        services = system.services;
        apis = system.apis;
        keepTheFiguresChecked();
    }

    @Test
    void qomSummaryFor1404EqualsTheArticlesFiguresExactly() throws Exception {
        JsonNode summary = ArticleScenario.qomSummary(apis);
        System.out.println(ArticleFigures.compare(summary));
        assertThat(ArticleFigures.rows(summary)).allMatch(ArticleFigures.Row::matches, "all figures match");
    }

    @Test
    void liveStreamDeliveredUpdatesWhileLoading() {
        assertThat(system.sseUpdatesWhileLoading.get()).isGreaterThan(0);
    }

    @Test
    void qomRanksInTheMiddleTercileOfProvincesWithData() throws Exception {
        Rankings rankings = apis.stats.getRankings(null, ArticleScenario.RANKING_INDICATOR, null, null, null,
                Integer.toString(ArticleScenario.YEAR)).get();
        RankingRow qom = rankings.getRankings().stream().filter(row -> "IR-25".equals(row.getProvince().getCode()))
                .findFirst().orElse(null);
        assertThat(qom).as("Qom in %s", rankings).isNotNull();
        assertThat(rankings.getOutOf()).isEqualTo(9);
        assertThat(qom.getRank()).isEqualTo(4);
        assertThat(qom.getTercile()).isEqualTo("middle");
    }

    @Test
    void provinceTotalsTopicHoldsTheSameTotals() throws Exception {
        JsonNode summary = ArticleScenario.qomSummary(apis);
        JsonNode latest = latestTotals("IR-25");
        assertThat(latest.at("/data/stocks/activeGuildUnits").asLong())
                .isEqualTo(summary.at("/stocks/activeGuildUnits").asLong()).isEqualTo(ArticleScenario.GUILD_UNITS);
        assertThat(latest.at("/data/stocks/estates")).isEqualTo(summary.at("/stocks/estates"));
        assertThat(latest.at("/data/years/" + ArticleScenario.YEAR + "/indicators"))
                .isEqualTo(summary.get("indicators"));
    }

    @Test
    void statsRestartAndFullRebuildArriveAtTheSameTotals() throws Exception {
        JsonNode before = ArticleScenario.qomSummary(apis).get("indicators");

        services.stop("stats");
        services.start("stats");
        services.awaitReady("stats");
        assertThat(ArticleScenario.qomSummary(apis).get("indicators")).isEqualTo(before);

        ServiceClients admin = new ServiceClients(services.url("permits"), services.url("units"), services.url("stats"),
                ServiceClients.adminToken(services.privateKey, ServiceProcesses.ISSUER));
        admin.rebuild.startRebuild(null).get();
        Awaitility.await("rebuild finished").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> "LIVE".equals(admin.rebuild.getRebuildStatus().get().getState()));
        assertThat(ArticleScenario.qomSummary(apis).get("indicators")).isEqualTo(before);
    }

    /**
     * Qom's 12-day-war campaign over its window, and Semnan's reported year (domain.md §7), loaded as visits through
     * units-service's API ({@link InspectionScenario}), read back from stats exactly.
     */
    @Test
    void inspectionFiguresOfQomsWarCampaignAndOfSemnansReportComeBackExactly() throws Exception {
        Awaitility.await("stats shows the inspection figures").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    JsonNode war = ServiceClients.tree(apis.stats.getProvinceSummary(ArticleScenario.QOM,
                            InspectionScenario.WAR_START.toString(), null, InspectionScenario.WAR_END.toString(), null).get())
                            .at("/inspections/byCampaign/" + InspectionScenario.WAR_CAMPAIGN);
                    assertThat(war.path("visits").asLong()).isEqualTo(InspectionScenario.WAR_VISITS);
                    assertThat(war.path("visitsWithViolations").asLong()).isEqualTo(InspectionScenario.WAR_VISITS_WITH_VIOLATIONS);
                    assertThat(war.path("unitsWithViolations").asLong()).isEqualTo(InspectionScenario.WAR_VISITS_WITH_VIOLATIONS);
                    assertThat(war.at("/violations/count").asLong()).isEqualTo(InspectionScenario.WAR_VIOLATIONS);
                    assertThat(war.at("/cases/value/rials").asText()).isEqualTo(Long.toString(InspectionScenario.WAR_VIOLATIONS_RIALS));

                    JsonNode semnan = ServiceClients.tree(apis.stats.getProvinceSummary(InspectionScenario.SEMNAN, null, null, null,
                            Integer.toString(InspectionScenario.SEMNAN_YEAR)).get()).get("inspections");
                    assertThat(semnan.at("/violations/count").asLong()).isEqualTo(InspectionScenario.SEMNAN_VIOLATIONS);
                    assertThat(semnan.at("/cases/opened").asLong()).isEqualTo(InspectionScenario.SEMNAN_CASES);
                    assertThat(semnan.at("/cases/value/rials").asText()).isEqualTo(Long.toString(InspectionScenario.SEMNAN_CASES_RIALS));
                    assertThat(semnan.at("/violations/amount/rials").asText())
                            .isEqualTo(Long.toString(InspectionScenario.SEMNAN_CASES_RIALS));
                });
        // the whole of Qom's 1404 counts the war's visits once, not once more for the campaign
        JsonNode qom = ArticleScenario.qomSummary(apis);
        assertThat(qom.at("/inspections/visits").asLong()).isEqualTo(InspectionScenario.WAR_VISITS);
        assertThat(qom.at("/indicators/inspections.violations.count").asLong()).isEqualTo(InspectionScenario.WAR_VIOLATIONS);
    }

    /** What stats answered once the figures matched, so two runs (another client, another loader) can be diffed. */
    private static void keepTheFiguresChecked() throws Exception {
        var pretty = ServiceClients.JSON.writerWithDefaultPrettyPrinter();
        Files.writeString(Path.of("target/scenario/qom-summary-1404.json"),
                pretty.writeValueAsString(ArticleScenario.qomSummary(apis)));
        Files.writeString(Path.of("target/scenario/national-1404.json"), pretty.writeValueAsString(ServiceClients.tree(
                apis.stats.getNationalTable(null, null, null, Integer.toString(ArticleScenario.YEAR)).get())));
    }

    static void awaitArticleFigures(ServiceClients apis) throws Exception {
        try {
                Awaitility.await("stats shows the article's figures").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> ArticleFigures.rows(ArticleScenario.qomSummary(apis)).stream()
                        .allMatch(ArticleFigures.Row::matches));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            System.out.println(ArticleFigures.compare(ArticleScenario.qomSummary(apis)));
            throw e;
        }
    }

    private static JsonNode latestTotals(String province) throws Exception {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "scenario-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(ContractTopics.PROVINCE_TOTALS.name()));
            String[] latest = new String[1];
            long quietSince = System.currentTimeMillis();
            while (System.currentTimeMillis() - quietSince < 3000) {
                var records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, String> record : records) {
                    if (province.equals(record.key())) {
                        latest[0] = record.value();
                    }
                }
                if (!records.isEmpty()) {
                    quietSince = System.currentTimeMillis();
                }
            }
            assertThat(latest[0]).as("a totals record for " + province).isNotNull();
            return ServiceClients.JSON.readTree(latest[0]);
        }
    }
}
