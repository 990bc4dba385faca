package ir.samt.permits.permit;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import ir.samt.platform.testing.Tokens;

/** Request bodies and callers shared by the permits tests. */
final class PermitRequests {

    static final String QOM_OFFICER = Tokens.of("officer-qom", "IR-25", "permits-officer");
    static final String TEHRAN_OFFICER = Tokens.of("officer-tehran", "IR-23", "permits-officer");
    static final String NATIONAL_OFFICER = Tokens.of("officer-national", "IR", "permits-officer");
    static final String READER = Tokens.of("reader", null, "permits-reader");

    private PermitRequests() {
    }

    /** A valid operating licence for a Qom polymer plant; tests change one field at a time. */
    static Map<String, Object> operatingLicence() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "OPERATING");
        body.put("scope", "NEW");
        body.put("holder", Map.of("name", "شرکت پلیمر البرز قم", "nationalId", "10380284790"));
        body.put("province", "IR-25");
        body.put("county", "قم");
        body.put("estateCode", "IR-25-T01");
        body.put("activityCode", "2520");
        body.put("product", "ظروف پلاستیکی");
        body.put("capacity", Map.of("value", 8000, "unit", "تن در سال"));
        body.put("fixedInvestmentRials", "660377358490");
        body.put("jobs", 57);
        body.put("issuedOn", "2025-05-10");
        return body;
    }

    static Map<String, Object> establishmentLicence() {
        Map<String, Object> body = operatingLicence();
        body.put("kind", "ESTABLISHMENT");
        return body;
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Records an expert's progress report on an establishment licence (201 expected). */
    static void reportProgress(String id, int percent, String visitDate) {
        as(QOM_OFFICER).body(Map.of("percent", percent, "visitDate", visitDate, "expert", "کارشناس نظارت"))
                .when().post("/permits/" + id + "/progress").then().statusCode(201);
    }

    /** Issues a licence and returns its id. */
    static String issue(Map<String, Object> body) {
        return as(QOM_OFFICER).body(body).when().post("/permits").then().statusCode(201).extract().path("id");
    }
}
