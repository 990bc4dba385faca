package ir.samt.stats;

import static io.restassured.RestAssured.given;
import static ir.samt.stats.InspectionContractEvents.caseEvent;
import static ir.samt.stats.InspectionContractEvents.visit;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Inspection and case events become the province's inspection figures and its campaigns' (docs/stats.md,
 * "Inspections"), counted once per event id whatever the order they arrive in. Jalali year 1396 in Hormozgan
 * (IR-22), which no other test uses.
 */
@QuarkusTest
class InspectionProjectionTest {

    private static final String HORMOZGAN = "IR-22";
    private static final LocalDate IN_1396 = LocalDate.of(2017, 8, 1);

    @Test
    void visitsViolationsCasesAndPenaltiesAreCountedOncePerEventInAnyOrderAndPerCampaign() {
        List<ContractEvents.Event> events = new ArrayList<>(List.of(
                visit("u1", HORMOZGAN, "HRM-NOWRUZ", IN_1396, "OVERPRICING", "1000", "NO_PRICE_LIST", null),
                visit("u1", HORMOZGAN, "HRM-NOWRUZ", IN_1396.plusDays(1)),
                visit("u2", HORMOZGAN, null, IN_1396, "HOARDING", "50000000000000000", "OVERPRICING", "5"),
                caseEvent("opened", "u1", HORMOZGAN, "HRM-NOWRUZ", null, IN_1396),
                caseEvent("opened", "u2", HORMOZGAN, null, null, IN_1396),
                caseEvent("ruled", "u1", HORMOZGAN, "HRM-NOWRUZ", "700", IN_1396.plusDays(20)),
                caseEvent("closed", "u2", HORMOZGAN, null, null, IN_1396.plusDays(21))));
        List<ContractEvents.Event> shuffledWithRedeliveries = new ArrayList<>(events);
        shuffledWithRedeliveries.addAll(events.subList(0, 4)); // the relay's at-least-once resend
        Collections.shuffle(shuffledWithRedeliveries);
        ContractEvents.send(shuffledWithRedeliveries);

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/stats/provinces/" + HORMOZGAN + "?year=1396").then().statusCode(200)
                .body("inspections.visits", equalTo(3))
                .body("inspections.visitsWithViolations", equalTo(2))
                .body("inspections.unitsWithViolations", equalTo(2))
                .body("inspections.violations.count", equalTo(4))
                .body("inspections.violations.amount.rials", equalTo("50000000000001005"))
                .body("inspections.violations.byType.OVERPRICING.count", equalTo(2))
                .body("inspections.violations.byType.OVERPRICING.amount.rials", equalTo("1005"))
                .body("inspections.violations.byType.NO_PRICE_LIST.count", equalTo(1))
                .body("inspections.violations.byType.NO_PRICE_LIST.amount.rials", equalTo("0"))
                .body("inspections.violations.byType.HOARDING.amount.rials", equalTo("50000000000000000"))
                .body("inspections.cases.opened", equalTo(2))
                .body("inspections.cases.value.rials", equalTo("50000000000001005"))
                .body("inspections.cases.ruled", equalTo(1))
                .body("inspections.cases.penalties.rials", equalTo("700"))
                .body("inspections.cases.closed", equalTo(1))
                .body("inspections.byCampaign.'HRM-NOWRUZ'.visits", equalTo(2))
                .body("inspections.byCampaign.'HRM-NOWRUZ'.violations.count", equalTo(2))
                .body("inspections.byCampaign.'HRM-NOWRUZ'.violations.amount.rials", equalTo("1000"))
                .body("inspections.byCampaign.'HRM-NOWRUZ'.cases.opened", equalTo(1))
                .body("inspections.byCampaign.'HRM-NOWRUZ'.cases.penalties.rials", equalTo("700"))
                .body("indicators.'inspections.count'", equalTo(3))
                .body("indicators.'inspections.violations.amountRials'", equalTo("50000000000001005"))
                .body("indicators.'inspections.cases.ruled.penaltyRials'", equalTo("700")));

        // the campaign's window alone: the ruling came after it
        given().when().get("/stats/provinces/" + HORMOZGAN + "?from=2017-08-01&to=2017-08-10").then().statusCode(200)
                .body("inspections.byCampaign.'HRM-NOWRUZ'.visits", equalTo(2))
                .body("inspections.byCampaign.'HRM-NOWRUZ'.cases.ruled", equalTo(0));
        given().when().get("/stats/rankings?indicator=inspections.violations.count&year=1396&province=" + HORMOZGAN)
                .then().statusCode(200).body("rankings[0].value", equalTo(4));
        given().when().get("/stats/provinces/" + HORMOZGAN + "/breakdown?by=sector&year=1396").then().statusCode(200)
                .body("rows.find { it.key == '52' }.indicators.'inspections.violations.count'", equalTo(4));
    }
}
