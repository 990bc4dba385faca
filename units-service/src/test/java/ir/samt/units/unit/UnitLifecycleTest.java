package ir.samt.units.unit;

import static ir.samt.units.unit.UnitRequests.QOM_OFFICER;
import static ir.samt.units.unit.UnitRequests.READER;
import static ir.samt.units.unit.UnitRequests.TEHRAN_OFFICER;
import static ir.samt.units.unit.UnitRequests.as;
import static ir.samt.units.unit.UnitRequests.guildUnit;
import static ir.samt.units.unit.UnitRequests.register;
import static ir.samt.units.unit.UnitRequests.revival;
import static ir.samt.units.unit.UnitRequests.stagnation;
import static ir.samt.units.unit.UnitRequests.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import ir.samt.platform.testing.Concurrently;

@QuarkusTest
class UnitLifecycleTest {

    private static int stagnate(String id) {
        return as(QOM_OFFICER).body(stagnation("2025-01-15", "LIQUIDITY", "ENERGY")).when()
                .post("/units/" + id + "/stagnation").statusCode();
    }

    private static int revive(String id) {
        return as(QOM_OFFICER).body(revival("2025-06-01")).when().post("/units/" + id + "/revival").statusCode();
    }

    private static int close(String id) {
        return as(QOM_OFFICER).body(Map.of("closedOn", "2025-08-01", "note", "انحلال")).when()
                .post("/units/" + id + "/closure").statusCode();
    }

    private static String unitIn(UnitStatus status) {
        String id = register(guildUnit(uniqueName("واحد")));
        if (status == UnitStatus.STAGNANT) {
            assertThat(stagnate(id)).isEqualTo(200);
        } else if (status == UnitStatus.CLOSED) {
            assertThat(close(id)).isEqualTo(200);
        }
        return id;
    }

    @Test
    void aStagnantUnitIsRevivedWithItsSupportersAndInvestmentInHistory() {
        String id = register(guildUnit(uniqueName("کفش")));
        as(QOM_OFFICER).body(Map.of("stagnatedOn", "2025-01-15", "reasons", List.of("LIQUIDITY", "ENERGY"),
                "note", "كمبود نقدينگي")).when().post("/units/" + id + "/stagnation")
                .then().statusCode(200).body("status", equalTo("STAGNANT"))
                .body("stagnationReasons", equalTo(List.of("LIQUIDITY", "ENERGY")))
                .body("statusSince", equalTo("2025-01-15")).body("statusSinceJalali", equalTo("1403/10/26"))
                .body("version", equalTo(2));
        as(QOM_OFFICER).body(revival("2025-06-01")).when().post("/units/" + id + "/revival")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("stagnationReasons", empty())
                .body("version", equalTo(3));
        as(READER).when().get("/units/" + id + "/history").then().statusCode(200)
                .body("change", equalTo(List.of("REGISTERED", "STAGNATED", "REVIVED")))
                .body("version", equalTo(List.of(1, 2, 3)))
                .body("[1].reasons", equalTo(List.of("LIQUIDITY", "ENERGY")))
                .body("[1].note", equalTo("کمبود نقدینگی"))
                .body("[2].supporters", equalTo(List.of("SAMT", "BANKS")))
                .body("[2].newInvestment.rials", equalTo("79365079365"))
                .body("[2].jobsRestored", equalTo(16))
                .body("[2].effectiveDate", equalTo("2025-06-01"));
    }

    @Test
    void theTransitionMatrixAllowsOnlyWhatTheLifecycleSays() {
        // from ACTIVE: stagnation and closure allowed, revival refused
        assertThat(revive(unitIn(UnitStatus.ACTIVE))).isEqualTo(409);
        assertThat(stagnate(unitIn(UnitStatus.ACTIVE))).isEqualTo(200);
        assertThat(close(unitIn(UnitStatus.ACTIVE))).isEqualTo(200);
        // from STAGNANT: revival and closure allowed, a second stagnation refused
        assertThat(stagnate(unitIn(UnitStatus.STAGNANT))).isEqualTo(409);
        assertThat(revive(unitIn(UnitStatus.STAGNANT))).isEqualTo(200);
        assertThat(close(unitIn(UnitStatus.STAGNANT))).isEqualTo(200);
        // CLOSED is final
        assertThat(stagnate(unitIn(UnitStatus.CLOSED))).isEqualTo(409);
        assertThat(revive(unitIn(UnitStatus.CLOSED))).isEqualTo(409);
        assertThat(close(unitIn(UnitStatus.CLOSED))).isEqualTo(409);
    }

    @Test
    void aRefusedTransitionIsAProblemDetailAndChangesNothing() {
        String id = unitIn(UnitStatus.ACTIVE);
        as(QOM_OFFICER).body(revival("2025-06-01")).when().post("/units/" + id + "/revival")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://samt.ir/problems/illegal-transition"));
        as(READER).when().get("/units/" + id).then().body("status", equalTo("ACTIVE")).body("version", equalTo(1));
        as(READER).when().get("/units/" + id + "/history").then().body("size()", equalTo(1));
    }

    @Test
    void stagnationNeedsAtLeastOneKnownReason() {
        String id = unitIn(UnitStatus.ACTIVE);
        as(QOM_OFFICER).body(Map.of("stagnatedOn", "2025-01-15", "reasons", List.of())).when()
                .post("/units/" + id + "/stagnation").then().statusCode(400).body("errors[0].field", equalTo("reasons"));
        as(QOM_OFFICER).body(Map.of("stagnatedOn", "2025-01-15")).when()
                .post("/units/" + id + "/stagnation").then().statusCode(400).body("errors[0].field", equalTo("reasons"));
        as(QOM_OFFICER).body(Map.of("reasons", List.of("WAR"))).when()
                .post("/units/" + id + "/stagnation").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.startsWith("reasons"));
        as(READER).when().get("/units/" + id).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void revivalNeedsSupportersInvestmentAndJobs() {
        String id = unitIn(UnitStatus.STAGNANT);
        as(QOM_OFFICER).body(Map.of("revivedOn", "2025-06-01", "supporters", List.of(), "newInvestmentRials", "1",
                "jobsRestored", 1)).when().post("/units/" + id + "/revival")
                .then().statusCode(400).body("errors[0].field", equalTo("supporters"));
        as(QOM_OFFICER).body(Map.of("revivedOn", "2025-06-01", "supporters", List.of("SAMT"), "jobsRestored", 1))
                .when().post("/units/" + id + "/revival")
                .then().statusCode(400).body("errors[0].field", equalTo("newInvestmentRials"));
        as(QOM_OFFICER).body(Map.of("revivedOn", "2025-06-01", "supporters", List.of("SAMT"), "newInvestmentRials", "-5",
                "jobsRestored", 1)).when().post("/units/" + id + "/revival")
                .then().statusCode(400).body("errors[0].field", equalTo("newInvestmentRials"));
        as(QOM_OFFICER).body(Map.of("revivedOn", "2025-06-01", "supporters", List.of("SAMT"), "newInvestmentRials", "1"))
                .when().post("/units/" + id + "/revival")
                .then().statusCode(400).body("errors[0].field", equalTo("jobsRestored"));
        as(READER).when().get("/units/" + id).then().body("status", equalTo("STAGNANT"));
    }

    @Test
    void aChangeCannotPredateTheCurrentStatusNorLieInTheFuture() {
        String id = unitIn(UnitStatus.STAGNANT); // stagnant since 2025-01-15
        as(QOM_OFFICER).body(revival("2025-01-14")).when().post("/units/" + id + "/revival")
                .then().statusCode(400).body("errors[0].field", equalTo("revivedOn"));
        as(QOM_OFFICER).body(revival(LocalDate.now().plusDays(3).toString())).when().post("/units/" + id + "/revival")
                .then().statusCode(400).body("errors[0].field", equalTo("revivedOn"));
        as(QOM_OFFICER).body(Map.of("closedOn", "2024-01-01")).when().post("/units/" + id + "/closure")
                .then().statusCode(400).body("errors[0].field", equalTo("closedOn"));
        as(READER).when().get("/units/" + id).then().body("status", equalTo("STAGNANT")).body("version", equalTo(2));
    }

    @Test
    void closureWithoutABodyClosesToday() {
        String id = unitIn(UnitStatus.ACTIVE);
        as(QOM_OFFICER).when().post("/units/" + id + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void onlyAnOfficerOfTheUnitsProvinceChangesIt() {
        String id = unitIn(UnitStatus.ACTIVE);
        as(TEHRAN_OFFICER).body(stagnation("2025-01-15", "MARKET")).when().post("/units/" + id + "/stagnation")
                .then().statusCode(403);
        as(READER).body(stagnation("2025-01-15", "MARKET")).when().post("/units/" + id + "/stagnation")
                .then().statusCode(403);
        as(READER).when().get("/units/" + id).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void concurrentStagnationsOfOneUnitExactlyOneWins() throws Exception {
        String id = unitIn(UnitStatus.ACTIVE);
        List<Integer> statuses = Concurrently.run(4, () -> stagnate(id));
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(3);
        as(READER).when().get("/units/" + id + "/history").then().body("size()", equalTo(2));
    }

    @Test
    void concurrentRevivalsOfOneUnitExactlyOneWins() throws Exception {
        String id = unitIn(UnitStatus.STAGNANT);
        List<Integer> statuses = Concurrently.run(4, () -> revive(id));
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(3);
        as(READER).when().get("/units/" + id + "/history").then().body("size()", equalTo(3));
    }

    @Test
    void concurrentClosuresOfOneUnitExactlyOneWins() throws Exception {
        String id = unitIn(UnitStatus.STAGNANT);
        List<Integer> statuses = Concurrently.run(4, () -> close(id));
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(3);
        as(READER).when().get("/units/" + id + "/history").then().body("change", equalTo(List.of("REGISTERED", "STAGNATED", "CLOSED")));
    }
}
