package ir.samt.stats;

import static io.restassured.RestAssured.given;
import static ir.samt.stats.ContractEvents.issued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ir.samt.platform.testing.Tokens;

/**
 * A rebuild whose replica died is finished by the service itself. The dead replica is simulated in
 * the database, exactly as it would leave it: state REBUILDING, partial figures, its lease in
 * {@code rebuild_state}. The kill -9 of a real process: {@code StatsReplicasIT}.
 */
@QuarkusTest
class RebuildRecoveryTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    @Inject
    DataSource dataSource;

    private String live;

    @BeforeEach
    void someFiguresExist() {
        ContractEvents.send(issued("IR-16", "OPERATING", "NEW", "5000", 5, DAY));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .when().get("/stats/provinces/IR-16?year=1404").then()
                .body("licences.issued.count", org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        awaitLive();
        // The reference is what a complete rebuild arrives at: other test classes apply some events
        // straight to the store (poison isolation, overflow), and those are not on the topics to replay.
        String before = rebuildStatus().extract().jsonPath().getString("startedAt");
        given().auth().oauth2(Tokens.of("admin", null, "stats-admin")).when().post("/stats/admin/rebuild").then().statusCode(202);
        // the state may still read LIVE right after the request: wait for this rebuild to have started and finished
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> rebuildStatus()
                .body("startedAt", org.hamcrest.Matchers.not(equalTo(before))).body("state", equalTo("LIVE")));
        live = nationalFigures();
    }

    @Test
    void aRebuildWhoseOwnerStoppedRenewingItsLeaseIsRestartedAndFinishes() throws Exception {
        diedMidRebuild("stats-other-8083/0a1b2c3d", "now() - interval '10 minutes'");

        awaitLive();
        assertThat(nationalFigures()).isEqualTo(live);
    }

    @Test
    void aRestartedReplicaRestartsTheRebuildOfItsPredecessorWithoutWaitingForTheLease() throws Exception {
        // a rebuild of this replica names it as the owner: "<instance id>/<boot id>"; the one @BeforeEach ran
        // reads LIVE a moment before its worker thread ends, and until then a new request is a 409
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> given().auth().oauth2(Tokens.of("admin", null, "stats-admin"))
                .when().post("/stats/admin/rebuild").then().extract().statusCode() == 202);
        awaitLive();
        String owner = rebuildStatus().extract().jsonPath().getString("owner");
        String instance = owner.substring(0, owner.lastIndexOf('/'));

        // this replica's instance id, an earlier boot, a lease that is still fresh: a kill -9 and a quick restart
        diedMidRebuild(instance + "/deadbeef", "now()");

        // the lease is 30 s: finishing well within it shows the predecessor was recognised, not outwaited
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> rebuildStatus().body("state", equalTo("LIVE")));
        assertThat(nationalFigures()).isEqualTo(live);
    }

    @Test
    void aRebuildWhoseOwnerRenewsItsLeaseIsLeftToItsOwner() throws Exception {
        String other = "stats-other-8083/0a1b2c3d";
        diedMidRebuild(other, "now() + interval '1 hour'"); // a lease this long stands for one that keeps being renewed

        Awaitility.await().during(Duration.ofSeconds(7)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> rebuildStatus()
                .body("state", equalTo("REBUILDING")).body("owner", equalTo(other)));

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE rebuild_state SET heartbeat_at = now() - interval '10 minutes'"); // then its owner dies
        }
        awaitLive();
        assertThat(nationalFigures()).isEqualTo(live);
    }

    /** What a replica killed during a rebuild leaves behind: REBUILDING, its lease, figures half replayed. */
    private void diedMidRebuild(String owner, String heartbeat) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement mark = c.prepareStatement("UPDATE rebuild_state SET state = 'REBUILDING', "
                    + "generation = generation + 1, owner = ?, heartbeat_at = " + heartbeat + ", started_at = now(), "
                    + "finished_at = NULL, requested_by = 'admin'");
                    Statement s = c.createStatement()) {
                mark.setString(1, owner);
                mark.executeUpdate();
                s.execute("TRUNCATE processed_event, daily_fact, province_daily, estate");
                s.execute("UPDATE province_version SET version = version + 1");
            }
            c.commit();
        }
        // from here on only a rebuild brings the figures back: the events are read once by the live consumers
    }

    private static void awaitLive() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> rebuildStatus().body("state", equalTo("LIVE")));
    }

    private static io.restassured.response.ValidatableResponse rebuildStatus() {
        return given().auth().oauth2(Tokens.of("admin", null, "stats-admin"))
                .when().get("/stats/admin/rebuild").then().statusCode(200);
    }

    /** Every province's indicators over all time. */
    private static String nationalFigures() {
        JsonPath json = given().when().get("/stats/national?from=2000-01-01&to=2040-12-31")
                .then().statusCode(200).extract().jsonPath();
        return json.getList("provinces").toString() + json.getMap("total.indicators");
    }
}
