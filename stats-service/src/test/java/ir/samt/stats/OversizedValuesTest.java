package ir.samt.stats;

import static io.restassured.RestAssured.given;
import static ir.samt.stats.ContractEvents.issued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ir.samt.stats.ingest.EventApplier;

/** Amounts and text at the edge of what the contract allows are counted exactly and never stall a batch. */
@QuarkusTest
class OversizedValuesTest {

    /** 1392 (2013-2014) holds only this class's data. */
    private static final LocalDate IN_1392 = LocalDate.of(2013, 8, 1);

    @Inject
    EventApplier applier;

    @Test
    void amountsSummingPastLongMaxAreExactInEveryRead() {
        // two 18-digit amounts in one batch overflowed the batch's long sum; 19 digits is the contract's maximum
        String nineE17 = "900000000000000000";
        String longMax = Long.toString(Long.MAX_VALUE);
        String nineteenNines = "9999999999999999999";
        List<ConsumerRecord<String, String>> oneBatch = List.of(
                record(issued("IR-18", "OPERATING", "NEW", nineE17, 1, IN_1392)),
                record(issued("IR-18", "OPERATING", "NEW", nineE17, 1, IN_1392)));
        EventApplier.Result result = applier.apply(oneBatch, EventApplier.Mode.LIVE);
        assertThat(result.applied()).isEqualTo(2);
        assertThat(result.deadLettered()).isZero();

        ContractEvents.send(issued("IR-18", "OPERATING", "NEW", longMax, 1, IN_1392),
                issued("IR-18", "ESTABLISHMENT", "EXPANSION", nineteenNines, 1, IN_1392),
                issued("IR-19", "OPERATING", "NEW", nineteenNines, 1, IN_1392));

        BigInteger ir18 = new BigInteger(nineE17).multiply(BigInteger.TWO).add(new BigInteger(longMax))
                .add(new BigInteger(nineteenNines));
        BigInteger national = ir18.add(new BigInteger(nineteenNines));
        assertThat(ir18).isGreaterThan(BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.TWO));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/stats/provinces/IR-18?year=1392").then().statusCode(200)
                .body("licences.issued.count", equalTo(4))
                .body("licences.issued.fixedInvestment.rials", equalTo(ir18.toString()))
                .body("licences.issued.fixedInvestment.tomans", equalTo(tomans(ir18)))
                .body("indicators.'licences.issued.fixedInvestmentRials'", equalTo(ir18.toString())));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath table = given().when().get("/stats/national?year=1392").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(table.getString("total.licences.issued.fixedInvestment.rials")).isEqualTo(national.toString());
        });
        given().when().get("/stats/rankings?indicator=licences.issued.fixedInvestmentRials&year=1392")
                .then().statusCode(200)
                .body("rankings[0].province.code", equalTo("IR-18"))
                .body("rankings[0].value", equalTo(ir18.toString()));
        given().when().get("/stats/provinces/IR-18/breakdown?by=month&year=1392").then().statusCode(200)
                .body("rows.find { it.key == '05' }.indicators.'licences.issued.fixedInvestmentRials'",
                        equalTo(ir18.toString()));
    }

    @Test
    void textLongerThanItsColumnIsKeptOrCutButNeverFailsTheBatch() {
        String longName = "شهرک صنعتی " + "بزرگ ".repeat(100); // 500+ characters, the column used to hold 200
        String longCounty = "ش".repeat(150); // a key column: cut to its 100 characters
        String estate = ContractEvents.estate("IR-20-T07", "IR-20", "TOWN", IN_1392).value()
                .replace("شهرک صنعتی شکوهیه", longName).replace("\"county\":\"قم\"", "\"county\":\"" + longCounty + "\"");
        ContractEvents.send(new ContractEvents.Event(ContractEvents.UNITS, "IR-20-T07", estate),
                ContractEvents.unit("registered", UUID.randomUUID().toString(), "IR-20", "GUILD", null, "ACTIVE",
                        IN_1392, java.util.Map.of()));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/stats/provinces/IR-20/breakdown?by=estate&year=1392").then().statusCode(200)
                .body("rows.find { it.key == 'IR-20-T07' }.labelFa", equalTo(longName)));
        given().when().get("/stats/provinces/IR-20/breakdown?by=county&year=1392").then().statusCode(200)
                .body("rows.find { it.key == '" + "ش".repeat(100) + "' }.indicators.'estates.registered.count'",
                        equalTo(1));
        given().when().get("/stats/provinces/IR-20?year=1392").then().statusCode(200)
                .body("units.registered.GUILD", equalTo(1));
    }

    private static String tomans(BigInteger rials) {
        return new java.math.BigDecimal(rials).movePointLeft(1).stripTrailingZeros().toPlainString();
    }

    private static ConsumerRecord<String, String> record(ContractEvents.Event e) {
        return new ConsumerRecord<>(e.topic(), 0, 0, e.key(), e.value());
    }
}
