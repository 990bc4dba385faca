package ir.samt.stats;

import static io.restassured.RestAssured.given;
import static ir.samt.stats.ContractEvents.issued;
import static ir.samt.stats.ContractEvents.permit;
import static ir.samt.stats.ContractEvents.unit;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Totals from events produced on the real broker exactly as the contract describes them. */
@QuarkusTest
class ProjectionTest {

    private static final LocalDate IN_1404 = LocalDate.of(2025, 6, 1);

    @Test
    void totalsAfterAMixedStreamOfPermitUnitAndEstateEvents() {
        String p = "IR-25";
        String stagnating = UUID.randomUUID().toString();
        ContractEvents.send(List.of(
                issued(p, "ESTABLISHMENT", "NEW", "140000000000000", 100, IN_1404),
                issued(p, "ESTABLISHMENT", "EXPANSION", "10", 5, IN_1404),
                issued(p, "OPERATING", "NEW", "250000000000000", 200, IN_1404),
                issued(p, "GUILD", null, "0", 2, IN_1404),
                permit("revoked", p, "OPERATING", "NEW", "ACTIVE", "REVOKED", "7", 1, IN_1404.plusDays(3)),
                permit("renewed", p, "GUILD", null, "EXPIRED", "ACTIVE", "0", 0, IN_1404.plusDays(4)),
                unit("registered", UUID.randomUUID().toString(), p, "INDUSTRIAL", null, "ACTIVE", IN_1404, Map.of()),
                unit("registered", UUID.randomUUID().toString(), p, "GUILD", null, "ACTIVE", IN_1404, Map.of()),
                unit("registered", stagnating, p, "INDUSTRIAL", null, "ACTIVE", IN_1404, Map.of()),
                unit("stagnated", stagnating, p, "INDUSTRIAL", "ACTIVE", "STAGNANT", IN_1404.plusDays(1),
                        Map.of("reasons", List.of("LIQUIDITY", "MARKET"))),
                ContractEvents.estate("IR-25-T01", p, "TOWN", IN_1404),
                ContractEvents.estate("IR-25-Z01", p, "ZONE", IN_1404)));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .when().get("/stats/provinces/IR-25?year=1404")
                .then().statusCode(200)
                .body("province.nameEn", equalTo("Qom"))
                .body("province.nameFa", equalTo("قم"))
                .body("period.label", equalTo("1404"))
                .body("period.from", equalTo("2025-03-21"))
                .body("period.to", equalTo("2026-03-20"))
                .body("period.fromJalali", equalTo("1404/01/01"))
                .body("period.toJalali", equalTo("1404/12/29"))
                .body("licences.issued.count", equalTo(4))
                .body("licences.issued.fixedInvestment.rials", equalTo("390000000000010"))
                .body("licences.issued.fixedInvestment.tomans", equalTo("39000000000001"))
                .body("licences.issued.jobs", equalTo(307))
                .body("licences.issued.byKind.ESTABLISHMENT.count", equalTo(2))
                .body("licences.issued.byKind.ESTABLISHMENT.byScope.NEW.fixedInvestment.rials", equalTo("140000000000000"))
                .body("licences.issued.byKind.OPERATING.count", equalTo(1))
                .body("licences.revoked.count", equalTo(1))
                .body("licences.renewed.count", equalTo(1))
                .body("units.registered.INDUSTRIAL", equalTo(2))
                .body("units.stagnations.count", equalTo(1))
                .body("units.stagnations.byReason.LIQUIDITY", equalTo(1))
                .body("units.stagnations.byReason.MARKET", equalTo(1))
                .body("estates.registered.total", equalTo(2))
                // stocks: 4 issued - 1 revoked + 1 renewed from EXPIRED
                .body("stocks.activeLicences.total", equalTo(4))
                .body("stocks.activeLicences.OPERATING", equalTo(0))
                .body("stocks.activeLicences.GUILD", equalTo(2))
                .body("stocks.activeIndustrialUnits", equalTo(1))
                .body("stocks.activeGuildUnits", equalTo(1))
                .body("stocks.stagnantUnits", equalTo(1))
                .body("stocks.estates.TOWN", equalTo(1))
                .body("stocks.estates.ZONE", equalTo(1))
                .body("indicators.'licences.issued.fixedInvestmentRials'", equalTo("390000000000010")));

        given().when().get("/stats/provinces/IR-25/breakdown?by=estate&year=1404")
                .then().statusCode(200)
                .body("rows.find { it.key == 'IR-25-T01' }.labelEn", equalTo("Shokouhieh Industrial Town"))
                .body("rows.find { it.key == 'IR-25-T01' }.indicators.'stocks.activeIndustrialUnits'", equalTo(1));
        given().when().get("/stats/provinces/IR-25/breakdown?by=sector&year=1404")
                .then().statusCode(200)
                .body("rows.find { it.key == '24' }.indicators.'licences.issued.count'", equalTo(4))
                .body("rows.find { it.key == '24' }.labelEn", equalTo("Manufacture of chemicals and chemical products"));
        given().when().get("/stats/provinces/IR-25/breakdown?by=county&year=1404")
                .then().statusCode(200)
                .body("rows.find { it.key == 'کهک' }.indicators.'units.registered.count'", equalTo(3));
    }

    @Test
    void stocksAreRightWhenARevivalArrivesBeforeTheRegistrationOfTheSameUnit() {
        String p = "IR-12";
        String unitId = UUID.randomUUID().toString();
        // one key, so one partition: the consumer sees exactly this (reversed) order
        ContractEvents.send(List.of(
                unit("revived", unitId, p, "INDUSTRIAL", "STAGNANT", "ACTIVE", IN_1404.plusDays(9),
                        Map.of("newInvestmentRials", "5000000000", "jobsRestored", 7, "supporters", List.of("SAMT"))),
                unit("stagnated", unitId, p, "INDUSTRIAL", "ACTIVE", "STAGNANT", IN_1404.plusDays(5),
                        Map.of("reasons", List.of("ENERGY"))),
                unit("registered", unitId, p, "INDUSTRIAL", null, "ACTIVE", IN_1404, Map.of())));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .when().get("/stats/provinces/IR-12?year=1404")
                .then().statusCode(200)
                .body("units.registered.INDUSTRIAL", equalTo(1))
                .body("units.revivals.count", equalTo(1))
                .body("units.revivals.newInvestment.rials", equalTo("5000000000"))
                .body("units.revivals.jobsRestored", equalTo(7))
                .body("stocks.activeIndustrialUnits", equalTo(1))
                .body("stocks.stagnantUnits", equalTo(0)));
    }

    @Test
    void jalaliNewYearBoundariesPutEachDayInItsYear() {
        String p = "IR-13";
        ContractEvents.send(List.of(
                issued(p, "GUILD", null, "1", 1, LocalDate.of(2024, 3, 19)), // 1402/12/29
                issued(p, "GUILD", null, "10", 1, LocalDate.of(2024, 3, 20)), // 1403/01/01
                issued(p, "GUILD", null, "100", 1, LocalDate.of(2025, 3, 20)), // 1403/12/30, leap day
                issued(p, "GUILD", null, "1000", 1, LocalDate.of(2025, 3, 21)))); // 1404/01/01

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .when().get("/stats/provinces/IR-13?year=1403")
                .then().statusCode(200)
                .body("period.from", equalTo("2024-03-20"))
                .body("period.to", equalTo("2025-03-20"))
                .body("period.toJalali", equalTo("1403/12/30"))
                .body("licences.issued.count", equalTo(2))
                .body("licences.issued.fixedInvestment.rials", equalTo("110"))
                // a stock at the end of 1403 includes the licence of 1402
                .body("stocks.activeLicences.total", equalTo(3)));
        given().when().get("/stats/provinces/IR-13?year=1404").then()
                .body("licences.issued.fixedInvestment.rials", equalTo("1000"))
                .body("stocks.activeLicences.total", equalTo(4));
        given().when().get("/stats/provinces/IR-13?year=1402").then()
                .body("licences.issued.fixedInvestment.rials", equalTo("1"));
        given().when().get("/stats/provinces/IR-13?month=1403-12").then()
                .body("period.label", equalTo("1403/12 Esfand"))
                .body("licences.issued.fixedInvestment.rials", equalTo("100"));
        given().when().get("/stats/provinces/IR-13?from=2025-03-20&to=2025-03-21").then()
                .body("licences.issued.fixedInvestment.rials", equalTo("1100"));
        given().when().get("/stats/provinces/IR-13/breakdown?by=month&year=1403").then()
                .statusCode(200)
                .body("rows.size()", equalTo(12))
                .body("rows[0].indicators.'licences.issued.fixedInvestmentRials'", equalTo("10"))
                .body("rows[0].indicators.'stocks.activeLicences'", equalTo(2))
                .body("rows[11].period.to", equalTo("2025-03-20"))
                .body("rows[11].indicators.'licences.issued.fixedInvestmentRials'", equalTo("100"));
    }
}
