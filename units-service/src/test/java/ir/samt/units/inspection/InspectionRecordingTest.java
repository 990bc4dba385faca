package ir.samt.units.inspection;

import static ir.samt.units.inspection.InspectionRequests.INSPECTIONS_READER;
import static ir.samt.units.inspection.InspectionRequests.NATIONAL_INSPECTOR;
import static ir.samt.units.inspection.InspectionRequests.QOM_INSPECTOR;
import static ir.samt.units.inspection.InspectionRequests.TEHRAN_INSPECTOR;
import static ir.samt.units.inspection.InspectionRequests.UNITS_OFFICER;
import static ir.samt.units.inspection.InspectionRequests.campaign;
import static ir.samt.units.inspection.InspectionRequests.campaignCode;
import static ir.samt.units.inspection.InspectionRequests.nationalCode;
import static ir.samt.units.inspection.InspectionRequests.violation;
import static ir.samt.units.inspection.InspectionRequests.visitOf;
import static ir.samt.units.inspection.InspectionRequests.visitOfUnregistered;
import static ir.samt.units.unit.UnitRequests.as;
import static ir.samt.units.unit.UnitRequests.guildUnit;
import static ir.samt.units.unit.UnitRequests.register;
import static ir.samt.units.unit.UnitRequests.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import ir.samt.platform.calendar.Jalali;
import ir.samt.platform.testing.AsyncApiContract;
import ir.samt.platform.testing.TopicReader;

/** Inspection visits, case files and campaigns over HTTP, against PostgreSQL and a real broker (docs/inspections.md). */
@QuarkusTest
class InspectionRecordingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void violationsOpenOneCasePerUnitThatLaterVisitsJoinAndEveryChangeIsAContractEventKeyedByTheUnit() throws Exception {
        String unitId = register(guildUnit(uniqueName("سوپرمارکت")));
        String code = campaignCode();
        as(QOM_INSPECTOR).body(campaign(code, "IR-25", "2025-06-13", "2025-06-24")).when().post("/campaigns").then()
                .statusCode(201).body("startsOnJalali", equalTo("1404/03/23")).body("endsOnJalali", equalTo("1404/04/03"));
        try (TopicReader reader = new TopicReader("samt.units.v1")) {
            Map<String, Object> first = visitOf(unitId, "2025-06-15", List.of(violation("OVERPRICING", "850000000"),
                    violation("NO_PRICE_LIST", null)));
            first.put("campaignCode", code);
            String caseId = as(QOM_INSPECTOR).body(first).when().post("/inspections").then().statusCode(201)
                    .body("violationsRials", equalTo("850000000")).body("violations[0].nameFa", equalTo("گران‌فروشی"))
                    .body("campaignCode", equalTo(code)).body("caseId", notNullValue()).extract().path("caseId");
            String secondCase = as(QOM_INSPECTOR).body(visitOf(unitId, "2025-06-20", List.of(violation("SHORT_SELLING", "150000000"))))
                    .when().post("/inspections").then().statusCode(201).extract().path("caseId");
            assertThat(secondCase).isEqualTo(caseId);
            as(QOM_INSPECTOR).body(visitOf(unitId, "2025-06-21", List.of())).when().post("/inspections").then()
                    .statusCode(201).body("caseId", nullValue()).body("violationsRials", equalTo("0"));
            as(INSPECTIONS_READER).when().get("/cases/" + caseId).then().statusCode(200).body("status", equalTo("REFERRED"))
                    .body("violations", equalTo(3)).body("valueRials", equalTo("1000000000"))
                    .body("campaignCode", equalTo(code)).body("openedOn", equalTo("2025-06-15"));

            List<ConsumerRecord<String, String>> records = reader.awaitRecords(r -> unitId.equals(r.key())
                    && !type(r).startsWith("ir.samt.unit."), 4, Duration.ofSeconds(30));
            assertThat(records).extracting(InspectionRecordingTest::type).containsExactly("ir.samt.case.opened",
                    "ir.samt.inspection.recorded", "ir.samt.inspection.recorded", "ir.samt.inspection.recorded");
            AsyncApiContract contract = AsyncApiContract.load();
            for (ConsumerRecord<String, String> r : records) {
                assertThat(contract.violations(type(r).startsWith("ir.samt.case.") ? "CaseEvent" : "InspectionEvent", r.value()))
                        .as(r.value()).isEmpty();
                assertThat(r.value()).doesNotContain("0076229645").doesNotContain("سوپرمارکت");
            }
            JsonNode opened = json(records.get(0)).get("data");
            assertThat(opened.get("caseId").asText()).isEqualTo(caseId);
            assertThat(opened.get("status").asText()).isEqualTo("REFERRED");
            assertThat(opened.get("version").asInt()).isEqualTo(1);
            assertThat(opened.get("valueRials").asText()).isEqualTo("850000000");
            assertThat(opened.get("campaignCode").asText()).isEqualTo(code);
            assertThat(opened.get("sector").asText()).isEqualTo("19");
            JsonNode visit = json(records.get(1)).get("data");
            assertThat(visit.get("unitId").asText()).isEqualTo(unitId);
            assertThat(visit.get("province").asText()).isEqualTo("IR-25");
            assertThat(visit.get("effectiveDate").asText()).isEqualTo("2025-06-15");
            assertThat(visit.get("violations").get(0).get("type").asText()).isEqualTo("OVERPRICING");
            assertThat(visit.get("violations").get(0).get("amountRials").asText()).isEqualTo("850000000");
            assertThat(visit.get("violations").get(1).get("amountRials").isNull()).isTrue();
            assertThat(visit.get("violationsRials").asText()).isEqualTo("850000000");
            assertThat(json(records.get(2)).get("data").get("caseId").asText()).isEqualTo(caseId);
            assertThat(json(records.get(3)).get("data").get("caseId").isNull()).isTrue();
        }
    }

    @Test
    void anUnregisteredUnitIsKnownByItsNationalIdAndItsNameNeverLeavesInAnEvent() throws Exception {
        String nationalId = nationalCode();
        try (TopicReader reader = new TopicReader("samt.units.v1")) {
            as(QOM_INSPECTOR).body(visitOfUnregistered(nationalId, "2025-05-01", List.of(violation("HOARDING", "5000000000"))))
                    .when().post("/inspections").then().statusCode(201).body("unitNationalId", equalTo(nationalId))
                    .body("partners", hasItem("CHAMBER_OF_GUILDS"));
            List<ConsumerRecord<String, String>> records = reader.awaitRecords(r -> InspectionEvents.unregisteredKey(nationalId).equals(r.key()), 2,
                    Duration.ofSeconds(30));
            assertThat(records).extracting(InspectionRecordingTest::type).containsExactly("ir.samt.case.opened",
                    "ir.samt.inspection.recorded");
            for (ConsumerRecord<String, String> r : records) {
                assertThat(r.value()).doesNotContain(nationalId).doesNotContain("سوپرمارکت").doesNotContain("صفائیه");
            }
            JsonNode data = json(records.get(1)).get("data");
            assertThat(data.get("unitId").isNull()).isTrue();
            assertThat(data.get("sector").asText()).isEqualTo("52");
            assertThat(data.get("inspectorKind").asText()).isEqualTo("JOINT_PATROL");
            assertThat(data.get("partners")).extracting(JsonNode::asText).containsExactly("DISCRETIONARY_PENALTIES",
                    "CHAMBER_OF_GUILDS");
        }
    }

    @Test
    void aReferredCaseIsRuledOrClosedOnceAndEveryOtherTransitionIsAConflict() throws Exception {
        String ruled = openCase(nationalCode());
        String closed = openCase(nationalCode());
        try (TopicReader reader = new TopicReader("samt.units.v1")) {
            as(QOM_INSPECTOR).body(Map.of("ruledOn", "2025-06-01", "penaltyRials", "1200000000")).when()
                    .post("/cases/" + ruled + "/ruling").then().statusCode(200).body("status", equalTo("RULED"))
                    .body("penaltyRials", equalTo("1200000000")).body("version", equalTo(2));
            as(QOM_INSPECTOR).body(Map.of("closedOn", "2025-06-02", "note", "تخلف محرز نشد")).when()
                    .post("/cases/" + closed + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));
            for (String id : List.of(ruled, closed)) {
                conflict(as(QOM_INSPECTOR).body(Map.of("penaltyRials", "1")).when().post("/cases/" + id + "/ruling").then());
                conflict(as(QOM_INSPECTOR).body(Map.of()).when().post("/cases/" + id + "/closure").then());
            }
            List<ConsumerRecord<String, String>> records = reader.awaitRecords(r -> type(r).equals("ir.samt.case.ruled")
                    || type(r).equals("ir.samt.case.closed"), 2, Duration.ofSeconds(30));
            records = reader.drain(r -> type(r).startsWith("ir.samt.case.")
                    && json(r).path("data").path("caseId").asText().matches(ruled + "|" + closed),
                    Duration.ofSeconds(2));
            AsyncApiContract contract = AsyncApiContract.load();
            for (ConsumerRecord<String, String> r : records) {
                assertThat(contract.violations("CaseEvent", r.value())).as(r.value()).isEmpty();
            }
            JsonNode ruling = records.stream().filter(r -> type(r).equals("ir.samt.case.ruled")).map(InspectionRecordingTest::json)
                    .findFirst().orElseThrow().get("data");
            assertThat(ruling.get("penaltyRials").asText()).isEqualTo("1200000000");
            assertThat(ruling.get("previousStatus").asText()).isEqualTo("REFERRED");
            assertThat(ruling.get("effectiveDate").asText()).isEqualTo("2025-06-01");
            JsonNode closure = records.stream().filter(r -> type(r).equals("ir.samt.case.closed")).map(InspectionRecordingTest::json)
                    .findFirst().orElseThrow().get("data");
            assertThat(closure.has("penaltyRials")).isFalse();
        }
    }

    @Test
    void aDecidedCaseLeavesTheUnitsNextViolationsToANewCase() {
        String nationalId = nationalCode();
        String first = openCase(nationalId);
        as(QOM_INSPECTOR).body(Map.of("penaltyRials", "5")).when().post("/cases/" + first + "/ruling").then().statusCode(200);
        String second = as(QOM_INSPECTOR).body(visitOfUnregistered(nationalId, "2025-05-02", List.of(violation("HYGIENE", null))))
                .when().post("/inspections").then().statusCode(201).extract().path("caseId");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void anOfficerRecordsAndDecidesOnlyInTheProvinceOfItsToken() {
        String unitId = register(guildUnit(uniqueName("نانوایی")));
        forbidden(as(TEHRAN_INSPECTOR).body(visitOf(unitId, "2025-05-01", List.of())).when().post("/inspections").then());
        forbidden(as(TEHRAN_INSPECTOR).body(visitOfUnregistered(nationalCode(), "2025-05-01", List.of())).when()
                .post("/inspections").then());
        String caseId = openCase(nationalCode());
        forbidden(as(TEHRAN_INSPECTOR).body(Map.of("penaltyRials", "1")).when().post("/cases/" + caseId + "/ruling").then());
        forbidden(as(TEHRAN_INSPECTOR).body(Map.of()).when().post("/cases/" + caseId + "/closure").then());
        forbidden(as(QOM_INSPECTOR).body(campaign(campaignCode(), "IR", "2025-03-10", "2025-03-30")).when().post("/campaigns").then());
        forbidden(as(QOM_INSPECTOR).body(campaign(campaignCode(), "IR-23", "2025-03-10", "2025-03-30")).when().post("/campaigns").then());
        as(UNITS_OFFICER).body(visitOf(unitId, "2025-05-01", List.of())).when().post("/inspections").then().statusCode(403);
        as(INSPECTIONS_READER).body(visitOf(unitId, "2025-05-01", List.of())).when().post("/inspections").then().statusCode(403);
        as(UNITS_OFFICER).when().get("/cases/" + caseId).then().statusCode(403);
        as(INSPECTIONS_READER).when().get("/cases/" + caseId).then().statusCode(200).body("status", equalTo("REFERRED"));
        as(NATIONAL_INSPECTOR).body(Map.of("penaltyRials", "1")).when().post("/cases/" + caseId + "/ruling").then().statusCode(200);
        as(NATIONAL_INSPECTOR).body(campaign(campaignCode(), "IR", "2025-03-10", "2025-03-30")).when().post("/campaigns").then()
                .statusCode(201).body("province", equalTo("IR"));
        as(TEHRAN_INSPECTOR).body(visitOf(unitId, "2025-05-01", List.of())).when().post("/inspections").then().statusCode(403);
        io.restassured.RestAssured.given().when().get("/cases/" + caseId).then().statusCode(401);
    }

    @Test
    void badInputIsA400NamingTheFieldAndStoresNothing() {
        String unitId = register(guildUnit(uniqueName("قصابی")));
        String code = campaignCode();
        as(QOM_INSPECTOR).body(campaign(code, "IR-25", "2025-06-13", "2025-06-24")).when().post("/campaigns").then().statusCode(201);
        String tomorrow = LocalDate.now(Jalali.TEHRAN).plusDays(1).toString();
        invalid(visitOf(unitId, tomorrow, List.of()), "inspectedOn");
        invalid(visitOf(unitId, "2025-06-01", List.of(violation("OVERPRICING", "-5"))), "violations[0].amountRials");
        invalid(visitOf(unitId, "2025-06-01", List.of(violation("OVERPRICING", "12a"))), "violations[0].amountRials");
        invalid(visitOf(unitId, "2025-06-01", List.of(violation("BRIBERY", "5"))), "violations[0].type");
        invalid(visitOf(UUID.randomUUID().toString(), "2025-06-01", List.of()), "unitId");
        Map<String, Object> outside = visitOf(unitId, "2025-06-25", List.of(violation("OVERPRICING", "5")));
        outside.put("campaignCode", code);
        invalid(outside, "inspectedOn");
        Map<String, Object> unknown = visitOf(unitId, "2025-06-15", List.of());
        unknown.put("campaignCode", "NO-SUCH");
        invalid(unknown, "campaignCode");
        Map<String, Object> both = visitOfUnregistered(nationalCode(), "2025-06-01", List.of());
        both.put("unitId", unitId);
        invalid(both, "unitId");
        Map<String, Object> patrolAlone = visitOf(unitId, "2025-06-01", List.of());
        patrolAlone.put("inspectorKind", "JOINT_PATROL");
        invalid(patrolAlone, "partners");
        Map<String, Object> badId = visitOfUnregistered("0076229646", "2025-06-01", List.of());
        invalid(badId, "unit.nationalId");
        Map<String, Object> backwards = campaign(campaignCode(), "IR-25", "2025-06-24", "2025-06-13");
        as(QOM_INSPECTOR).body(backwards).when().post("/campaigns").then().statusCode(400).body("errors.field", hasItem("endsOn"));
        as(QOM_INSPECTOR).body(campaign(code, "IR-25", "2025-06-13", "2025-06-24")).when().post("/campaigns").then().statusCode(409);
        String caseId = openCase(nationalCode());
        as(QOM_INSPECTOR).body(Map.of("penaltyRials", "-1")).when().post("/cases/" + caseId + "/ruling").then().statusCode(400)
                .body("errors.field", hasItem("penaltyRials"));
        as(QOM_INSPECTOR).body(Map.of("penaltyRials", "1", "ruledOn", "2025-04-30")).when().post("/cases/" + caseId + "/ruling")
                .then().statusCode(400).body("errors.field", hasItem("ruledOn"));
        as(QOM_INSPECTOR).body(Map.of("penaltyRials", "1", "ruledOn", tomorrow)).when().post("/cases/" + caseId + "/ruling")
                .then().statusCode(400).body("errors.field", hasItem("ruledOn"));
        as(QOM_INSPECTOR).when().get("/cases/" + caseId).then().statusCode(200).body("status", equalTo("REFERRED"));
        as(QOM_INSPECTOR).when().get("/cases/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aBatchRecordsAllItsVisitsInOrderOrNoneOfThem() {
        String nationalId = nationalCode();
        Map<String, Object> good = visitOfUnregistered(nationalId, "2025-05-01", List.of(violation("OVERPRICING", "100")));
        Map<String, Object> alsoGood = visitOfUnregistered(nationalId, "2025-05-02", List.of(violation("NO_INVOICE", "20")));
        Map<String, Object> bad = visitOfUnregistered(nationalCode(), LocalDate.now(Jalali.TEHRAN).plusDays(3).toString(), List.of());
        as(QOM_INSPECTOR).body(Map.of("visits", List.of(good, alsoGood, bad))).when().post("/inspections/batch").then()
                .statusCode(400).body("errors.field", hasItem("visits[2].inspectedOn"));
        List<String> cases = as(QOM_INSPECTOR).body(Map.of("visits", List.of(good, alsoGood))).when().post("/inspections/batch")
                .then().statusCode(200).extract().path("caseId");
        assertThat(cases).hasSize(2).doesNotContainNull();
        assertThat(cases.get(1)).isEqualTo(cases.get(0));
        // the refused batch stored nothing: the case holds the two violations of the accepted batch only
        as(QOM_INSPECTOR).when().get("/cases/" + cases.get(0)).then().statusCode(200).body("violations", equalTo(2))
                .body("valueRials", equalTo("120"));
        as(QOM_INSPECTOR).body(Map.of("visits", List.of())).when().post("/inspections/batch").then().statusCode(400)
                .body("errors.field", hasItem("visits"));
    }

    @Test
    void aRetriedVisitWithTheSameIdempotencyKeyIsRecordedOnce() {
        String nationalId = nationalCode();
        Map<String, Object> visit = visitOfUnregistered(nationalId, "2025-05-01", List.of(violation("OVERPRICING", "100")));
        String key = UUID.randomUUID().toString();
        String id = as(QOM_INSPECTOR).header("Idempotency-Key", key).body(visit).when().post("/inspections").then()
                .statusCode(201).extract().path("id");
        String again = as(QOM_INSPECTOR).header("Idempotency-Key", key).body(visit).when().post("/inspections").then()
                .statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(again).isEqualTo(id);
        String caseId = as(QOM_INSPECTOR).when().get("/inspections/" + id).then().statusCode(200).extract().path("caseId");
        as(QOM_INSPECTOR).when().get("/cases/" + caseId).then().body("violations", equalTo(1)).body("valueRials", equalTo("100"));
    }

    private static String openCase(String nationalId) {
        return as(QOM_INSPECTOR).body(visitOfUnregistered(nationalId, "2025-05-01", List.of(violation("OVERPRICING", "1000"))))
                .when().post("/inspections").then().statusCode(201).extract().path("caseId");
    }

    private static void invalid(Map<String, Object> visit, String field) {
        as(QOM_INSPECTOR).body(visit).when().post("/inspections").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static void forbidden(ValidatableResponse response) {
        response.statusCode(403).contentType("application/problem+json");
    }

    private static void conflict(ValidatableResponse response) {
        response.statusCode(409).body("type", org.hamcrest.Matchers.endsWith("illegal-transition"));
    }

    private static String type(ConsumerRecord<String, String> r) {
        return json(r).get("type").asText();
    }

    private static JsonNode json(ConsumerRecord<String, String> r) {
        try {
            return JSON.readTree(r.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
