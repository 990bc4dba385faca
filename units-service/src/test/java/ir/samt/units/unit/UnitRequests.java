package ir.samt.units.unit;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import ir.samt.platform.testing.Tokens;

/** Request bodies and callers shared by the units tests. */
public final class UnitRequests {

    public static final String QOM_OFFICER = Tokens.of("officer-qom", "IR-25", "units-officer");
    public static final String TEHRAN_OFFICER = Tokens.of("officer-tehran", "IR-23", "units-officer");
    public static final String NATIONAL_OFFICER = Tokens.of("officer-national", "IR", "units-officer");
    public static final String READER = Tokens.of("reader", null, "units-reader");
    public static final String PERMITS_OFFICER = Tokens.of("permits-officer", "IR-25", "permits-officer");

    private UnitRequests() {
    }

    /** A valid guild unit in Qom (a machine shoemaker); tests change one field at a time. */
    public static Map<String, Object> guildUnit(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "GUILD");
        body.put("guildGroup", "PRODUCTION_TECHNICAL");
        body.put("name", name);
        body.put("nationalId", "0076229645");
        body.put("province", "IR-25");
        body.put("county", "قم");
        body.put("activityCode", "1920");
        body.put("employees", 12);
        body.put("registeredOn", "2024-05-10");
        return body;
    }

    /** A valid industrial unit in Mahmoudabad town (IR-25-T05). */
    public static Map<String, Object> industrialUnit(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "INDUSTRIAL");
        body.put("name", name);
        body.put("nationalId", "10380284790");
        body.put("province", "IR-25");
        body.put("county", "قم");
        body.put("estateCode", "IR-25-T05");
        body.put("activityCode", "2930");
        body.put("employees", 550);
        body.put("licenceNumber", "25-1404-000123");
        body.put("registeredOn", "2024-03-01");
        return body;
    }

    /** A name no other test uses, so searches see only this test's units. */
    public static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Registers a unit as the Qom officer and returns its id. */
    public static String register(Map<String, Object> body) {
        return as(QOM_OFFICER).body(body).when().post("/units").then().statusCode(201).extract().path("id");
    }

    /** How many units carry exactly this (unique) name. */
    public static int countNamed(String name) {
        return as(READER).queryParam("name", name).queryParam("totals", "exact").when().get("/units").then().statusCode(200).extract().path("totalItems");
    }

    public static Map<String, Object> stagnation(String on, String... reasons) {
        return Map.of("stagnatedOn", on, "reasons", reasons);
    }

    public static Map<String, Object> revival(String on) {
        return Map.of("revivedOn", on, "supporters", new String[] { "SAMT", "BANKS" }, "newInvestmentRials", "79365079365",
                "jobsRestored", 16);
    }
}
