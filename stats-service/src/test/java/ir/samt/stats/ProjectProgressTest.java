package ir.samt.stats;

import static io.restassured.RestAssured.given;
import static ir.samt.stats.ContractEvents.progress;
import static ir.samt.stats.ContractEvents.revokedProject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Establishment projects by progress band, from ir.samt.permit.progress-reported events on the real broker:
 * stocks at each period's end follow every project's latest report whatever the arrival order, a revoked
 * project leaves its band, completions count in the period, and a redelivered report counts once.
 * Provinces IR-28 and IR-29, which no other test of this module uses.
 */
@QuarkusTest
class ProjectProgressTest {

    private static final LocalDate IN_1403 = LocalDate.of(2024, 10, 1);
    private static final LocalDate IN_1404 = LocalDate.of(2025, 6, 1);

    @Test
    void bandsAtEachPeriodsEndFollowTheLatestReportOfEachProjectWhateverTheArrivalOrder() throws Exception {
        String p = "IR-28";
        String climbing = UUID.randomUUID().toString();
        String completed = UUID.randomUUID().toString();
        String stalled = UUID.randomUUID().toString();
        String revoked = UUID.randomUUID().toString();
        ContractEvents.send(List.of(
                // newest first: the consumer sees the reports of one licence in reverse visit order
                progress(climbing, p, 45, 70, IN_1404.plusMonths(3), null),
                progress(climbing, p, 20, 45, IN_1404, null),
                progress(climbing, p, null, 20, IN_1403, null),
                progress(completed, p, 65, 100, IN_1404.plusDays(10), null),
                progress(completed, p, null, 65, IN_1403, null),
                progress(stalled, p, null, 35, IN_1403, null),
                progress(revoked, p, null, 80, IN_1404, null),
                revokedProject(p, 80, IN_1404.plusDays(40))));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .when().get("/stats/provinces/" + p + "?year=1404")
                .then().statusCode(200)
                .body("projects.asOf", equalTo("2026-03-20"))
                .body("projects.byProgress.BELOW_30", equalTo(0))
                .body("projects.byProgress.FROM_30_TO_60", equalTo(1))
                .body("projects.byProgress.ABOVE_60", equalTo(1))
                .body("projects.byProgress.COMPLETED", equalTo(1))
                .body("projects.byProgress.total", equalTo(3))
                .body("projects.completedInPeriod", equalTo(1))
                .body("indicators.'stocks.projects.above60Percent'", equalTo(1))
                .body("indicators.'projects.completed.count'", equalTo(1)));
        // at the end of 1403: climbing at 20 %, completed at 65 %, stalled at 35 %; the revoked one not yet reported
        given().when().get("/stats/provinces/" + p + "?year=1403").then().statusCode(200)
                .body("projects.byProgress.BELOW_30", equalTo(1))
                .body("projects.byProgress.FROM_30_TO_60", equalTo(1))
                .body("projects.byProgress.ABOVE_60", equalTo(1))
                .body("projects.byProgress.COMPLETED", equalTo(0))
                .body("projects.completedInPeriod", equalTo(0));
        // at the end of Khordad 1404, before the revocation: climbing at 45 %, completed (06-11), stalled at 35 %,
        // the later revoked one at 80 %
        given().when().get("/stats/provinces/" + p + "?month=1404-03").then().statusCode(200)
                .body("projects.byProgress.FROM_30_TO_60", equalTo(2))
                .body("projects.byProgress.ABOVE_60", equalTo(1))
                .body("projects.byProgress.COMPLETED", equalTo(1))
                .body("projects.completedInPeriod", equalTo(1));

        given().when().get("/stats/provinces/" + p + "/breakdown?by=sector&year=1404").then().statusCode(200)
                .body("rows.find { it.key == '24' }.indicators.'stocks.projects.above60Percent'", equalTo(1))
                .body("rows.find { it.key == '24' }.indicators.'stocks.projects.completed'", equalTo(1));
        given().when().get("/stats/provinces/" + p + "/breakdown?by=county&year=1404").then().statusCode(200)
                .body("rows.find { it.key == 'قم' }.indicators.'stocks.projects'", equalTo(3));
        given().when().get("/stats/rankings?indicator=stocks.projects.above60Percent&year=1404&province=" + p)
                .then().statusCode(200).body("rankings[0].value", equalTo(1));
        given().when().get("/stats/indicators").then().statusCode(200)
                .body("$", org.hamcrest.Matchers.hasItems("stocks.projects.below30Percent",
                        "stocks.projects.from30To60Percent", "stocks.projects.above60Percent", "stocks.projects.completed",
                        "stocks.projects", "projects.completed.count"));

        // the totals topic carries the same figures for 1404 (the previous Jalali year of today's)
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> values = ContractEvents.totalsByProvince().get(p);
            assertThat(values).isNotEmpty();
            JsonNode last = values.get(values.size() - 1).get("data").get("years").get("1404").get("indicators");
            assertThat(last.get("stocks.projects.above60Percent").asLong()).isEqualTo(1);
            assertThat(last.get("stocks.projects.completed").asLong()).isEqualTo(1);
            assertThat(last.get("projects.completed.count").asLong()).isEqualTo(1);
        });
    }

    @Test
    void aRedeliveredReportCountsOnceAndProgressGoingDownWithAReasonMovesTheProjectDown() {
        String p = "IR-29";
        String project = UUID.randomUUID().toString();
        ContractEvents.Event first = progress(project, p, null, 70, IN_1404, null);
        ContractEvents.send(List.of(first, first, progress(project, p, 70, 50, IN_1404.plusDays(30), "تخریب سوله در سیل"),
                first));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .when().get("/stats/provinces/" + p + "?year=1404")
                .then().statusCode(200)
                .body("projects.byProgress.ABOVE_60", equalTo(0))
                .body("projects.byProgress.FROM_30_TO_60", equalTo(1))
                .body("projects.byProgress.total", equalTo(1)));
    }
}
