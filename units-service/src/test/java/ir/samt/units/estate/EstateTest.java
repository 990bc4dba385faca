package ir.samt.units.estate;

import static io.restassured.RestAssured.given;
import static ir.samt.units.unit.UnitRequests.NATIONAL_OFFICER;
import static ir.samt.units.unit.UnitRequests.QOM_OFFICER;
import static ir.samt.units.unit.UnitRequests.READER;
import static ir.samt.units.unit.UnitRequests.TEHRAN_OFFICER;
import static ir.samt.units.unit.UnitRequests.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EstateTest {

    private static Map<String, Object> estate(String code, String kind, String province) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("kind", kind);
        body.put("nameFa", "شهرك صنعتي کهک");
        body.put("nameEn", "Kahak Industrial Town");
        body.put("province", province);
        body.put("county", "کهک");
        return body;
    }

    @Test
    void qomsSevenTownsAndFourZonesArePresentFromTheStart() {
        as(READER).queryParam("province", "IR-25").queryParam("kind", "TOWN").when().get("/estates")
                .then().statusCode(200).body("findAll { it.code.startsWith('IR-25-T0') }", hasSize(7))
                .body("code", hasItem("IR-25-T01"))
                .body("find { it.code == 'IR-25-T01' }.nameFa", equalTo("شهرک صنعتی شکوهیه"));
        as(READER).queryParam("province", "ir-۲۵").queryParam("kind", "ZONE").when().get("/estates")
                .then().statusCode(200).body("code", equalTo(List.of("IR-25-Z01", "IR-25-Z02", "IR-25-Z03", "IR-25-Z04")))
                .body("kind", hasItem("ZONE"));
        as(READER).when().get("/estates/IR-25-T05").then().statusCode(200)
                .body("nameEn", equalTo("Mahmoudabad Industrial Town")).body("provinceName", equalTo("قم"));
    }

    @Test
    void anOfficerRegistersATownOfTheirProvinceWithNormalisedPersianName() {
        as(QOM_OFFICER).body(estate("IR-25-T21", "TOWN", "IR-25")).when().post("/estates")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/estates/IR-25-T21"))
                .body("nameFa", equalTo("شهرک صنعتی کهک")).body("county", equalTo("کهک"));
        as(READER).when().get("/estates/IR-25-T21").then().statusCode(200).body("kind", equalTo("TOWN"));
    }

    @Test
    void registeringACodeTwiceIsAConflict() {
        as(QOM_OFFICER).body(estate("IR-25-T22", "TOWN", "IR-25")).when().post("/estates").then().statusCode(201);
        as(QOM_OFFICER).body(estate("IR-25-T22", "TOWN", "IR-25")).when().post("/estates")
                .then().statusCode(409).contentType("application/problem+json");
        as(QOM_OFFICER).body(estate("IR-25-T01", "TOWN", "IR-25")).when().post("/estates").then().statusCode(409);
    }

    @Test
    void aCodeMustMatchTheProvinceAndTheKind() {
        as(NATIONAL_OFFICER).body(estate("IR-23-T23", "TOWN", "IR-25")).when().post("/estates")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        as(QOM_OFFICER).body(estate("IR-25-Z23", "TOWN", "IR-25")).when().post("/estates")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        as(QOM_OFFICER).body(estate("IR-25-X23", "TOWN", "IR-25")).when().post("/estates")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        as(READER).when().get("/estates/IR-25-Z23").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void missingFieldsAreNamed() {
        Map<String, Object> body = estate("IR-25-T24", "TOWN", "IR-25");
        body.remove("nameFa");
        body.put("province", "IR-99");
        as(QOM_OFFICER).body(body).when().post("/estates")
                .then().statusCode(400).body("errors.field", equalTo(List.of("nameFa", "province")));
        as(READER).when().get("/estates/IR-25-T24").then().statusCode(404);
    }

    @Test
    void officersWriteOnlyInTheirProvinceAndReadersNever() {
        as(TEHRAN_OFFICER).body(estate("IR-25-T25", "TOWN", "IR-25")).when().post("/estates").then().statusCode(403);
        as(READER).body(estate("IR-25-T25", "TOWN", "IR-25")).when().post("/estates").then().statusCode(403);
        given().contentType("application/json").body(estate("IR-25-T25", "TOWN", "IR-25")).when().post("/estates")
                .then().statusCode(401);
        as(READER).when().get("/estates/IR-25-T25").then().statusCode(404);
        as(NATIONAL_OFFICER).body(estate("IR-23-T01", "TOWN", "IR-23")).when().post("/estates").then().statusCode(201);
    }

    @Test
    void listingWithAnUnknownProvinceIsABadRequest() {
        as(READER).queryParam("province", "IR-77").when().get("/estates")
                .then().statusCode(400).body("errors[0].field", equalTo("province"));
    }
}
