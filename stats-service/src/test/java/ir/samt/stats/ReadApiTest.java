package ir.samt.stats;

import static io.restassured.RestAssured.given;
import static ir.samt.stats.ContractEvents.issued;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The read API's contract: national table, rankings, and every way a request can be wrong. */
@QuarkusTest
class ReadApiTest {

    /** 1390 (2011-2012) holds only this test's data, so ranks are predictable. */
    private static final LocalDate IN_1390 = LocalDate.of(2011, 7, 1);

    @Test
    void rankingsGiveRankOutOfAndTercileAndTheNationalTableSumsTheProvinces() {
        List<ContractEvents.Event> events = new ArrayList<>();
        String[] provinces = { "IR-03", "IR-04", "IR-25", "IR-06", "IR-07", "IR-08" };
        for (int i = 0; i < provinces.length; i++) {
            for (int n = 0; n < provinces.length - i; n++) {
                events.add(issued(provinces[i], "OPERATING", "NEW", "1000", 1, IN_1390));
            }
        }
        ContractEvents.send(events);

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .when().get("/stats/national?year=1390").then().statusCode(200)
                .body("total.licences.issued.count", equalTo(21))
                .body("total.licences.issued.fixedInvestment.rials", equalTo("21000"))
                .body("provinces.size()", equalTo(31))
                .body("provinces.find { it.province.code == 'IR-25' }.province.nameFa", equalTo("قم"))
                .body("provinces.find { it.province.code == 'IR-25' }.indicators.'licences.issued.count'", equalTo(4)));

        given().when().get("/stats/rankings?indicator=licences.issued.OPERATING.count&year=1390")
                .then().statusCode(200)
                .body("outOf", equalTo(6))
                .body("rankings[0].province.code", equalTo("IR-03"))
                .body("rankings[0].rank", equalTo(1))
                .body("rankings[0].tercile", equalTo("top"))
                .body("rankings[5].tercile", equalTo("bottom"))
                .body("withoutData.size()", equalTo(25));
        // "Qom is in the middle rank" as a query
        given().when().get("/stats/rankings?indicator=licences.issued.OPERATING.count&year=1390&province=ir-25")
                .then().statusCode(200)
                .body("rankings.size()", equalTo(1))
                .body("rankings[0].rank", equalTo(3))
                .body("rankings[0].value", equalTo(4))
                .body("rankings[0].tercile", equalTo("middle"));
        given().when().get("/stats/rankings?indicator=licences.issued.fixedInvestmentRials&year=1390")
                .then().statusCode(200)
                .body("rankings[0].value", equalTo("6000"))
                .body("rankings[0].display", equalTo("۶۰۰ تومان"));
    }

    @Test
    void summaryCarriesAnEtagThatAnswers304UntilTheFiguresChange() {
        /* 1391 holds only this test's data */
        LocalDate in1391 = LocalDate.of(2012, 7, 1);
        ContractEvents.send(List.of(issued("IR-11", "OPERATING", "NEW", "5000", 3, in1391)));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .when().get("/stats/provinces/IR-11?year=1391").then().statusCode(200)
                .body("licences.issued.count", equalTo(1)));
        String before = given().when().get("/stats/provinces/IR-11?year=1391").then().statusCode(200)
                .contentType("application/json").header("ETag", notNullValue()).extract().header("ETag");

        given().header("If-None-Match", before).when().get("/stats/provinces/IR-11?year=1391")
                .then().statusCode(304).header("ETag", equalTo(before));

        ContractEvents.send(List.of(issued("IR-11", "OPERATING", "NEW", "7000", 2, in1391)));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .header("If-None-Match", before).when().get("/stats/provinces/IR-11?year=1391").then().statusCode(200)
                .header("ETag", not(equalTo(before)))
                .body("licences.issued.count", equalTo(2))
                .body("licences.issued.fixedInvestment.rials", equalTo("12000")));
    }

    @Test
    void unknownProvinceIsA404ProblemNamingTheCode() {
        given().when().get("/stats/provinces/IR-99?year=1404").then().statusCode(404)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("code"));
        given().when().get("/stats/provinces/IR-99/stream").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void badPeriodsAre400ProblemsNamingTheParameter() {
        expectInvalid("/stats/provinces/IR-25?year=abc", "year");
        expectInvalid("/stats/provinces/IR-25?year=1200", "year");
        expectInvalid("/stats/provinces/IR-25?month=1404-13", "month");
        expectInvalid("/stats/provinces/IR-25?year=1404&month=1404-01", "year");
        expectInvalid("/stats/provinces/IR-25?from=2025-01-01", "to");
        expectInvalid("/stats/provinces/IR-25?from=2025-02-01&to=2025-01-01", "to");
        expectInvalid("/stats/provinces/IR-25?from=yesterday&to=2025-01-01", "from");
        expectInvalid("/stats/national?year=14O4", "year");
        expectInvalid("/stats/rankings?indicator=happiness&year=1404", "indicator");
        expectInvalid("/stats/rankings?indicator=stocks.estates&province=IR-77", "province");
        expectInvalid("/stats/provinces/IR-25/breakdown?by=colour&year=1404", "by");
        expectInvalid("/stats/provinces/IR-25/breakdown?by=month&month=1404-01", "year");
        // Persian digits are fine
        given().when().get("/stats/provinces/IR-25?year=۱۴۰۴").then().statusCode(200)
                .body("period.label", equalTo("1404"));
    }

    @Test
    void periodsOutsideTheCalendarsRangeAre400ProblemsNamingTheParameter() {
        expectInvalid("/stats/provinces/IR-25?from=0001-01-01&to=2025-01-01", "from");
        expectInvalid("/stats/provinces/IR-25?from=2025-01-01&to=9999-12-31", "to");
        expectInvalid("/stats/provinces/IR-25?from=%2B999999999-12-31&to=%2B999999999-12-31", "from");
        expectInvalid("/stats/provinces/IR-25?from=-999999999-01-01&to=2025-01-01", "from");
        expectInvalid("/stats/provinces/IR-25?from=1921-03-20&to=1921-03-21", "from");
        expectInvalid("/stats/provinces/IR-25?from=2121-03-21&to=2121-03-21", "from");
        expectInvalid("/stats/national?from=2025-01-01&to=%2B999999999-12-31", "to");
        expectInvalid("/stats/provinces/IR-25/breakdown?by=sector&from=0001-01-01&to=0001-12-31", "from");
        expectInvalid("/stats/rankings?indicator=stocks.estates&to=0001-01-01&from=0001-01-01", "from");
        expectInvalid("/stats/provinces/IR-25?year=999999999", "year");
        expectInvalid("/stats/provinces/IR-25?year=-999999999", "year");
        expectInvalid("/stats/provinces/IR-25?year=0000", "year");
        expectInvalid("/stats/provinces/IR-25?year=1500", "year");
        expectInvalid("/stats/provinces/IR-25?year=1299", "year");
        expectInvalid("/stats/provinces/IR-25?month=1404-00", "month");
        expectInvalid("/stats/provinces/IR-25?month=1404-99", "month");
        expectInvalid("/stats/provinces/IR-25?month=0001-01", "month");
        expectInvalid("/stats/provinces/IR-25?month=999999999-01", "month");
        expectInvalid("/stats/provinces/IR-25?month=1404-999999999", "month");
        expectInvalid("/stats/provinces/IR-25?from=2025-02-30&to=2025-03-01", "from");
        // the edges themselves are answered
        given().when().get("/stats/provinces/IR-25?year=1300").then().statusCode(200);
        given().when().get("/stats/provinces/IR-25?year=1499").then().statusCode(200);
        given().when().get("/stats/provinces/IR-25?month=1499-12").then().statusCode(200);
        given().when().get("/stats/provinces/IR-25/breakdown?by=month&year=1499").then().statusCode(200);
        given().when().get("/stats/provinces/IR-25?from=1921-03-21&to=1971-03-20").then().statusCode(200)
                .body("period.from", equalTo("1921-03-21"));
        given().when().get("/stats/national?from=2100-01-01&to=2121-03-20").then().statusCode(200)
                .body("period.to", equalTo("2121-03-20"));
    }

    private static void expectInvalid(String path, String field) {
        given().when().get(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }
}
