package ir.samt.permits.verification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import ir.samt.platform.persian.PersianText;
import ir.samt.platform.testing.Tokens;

@QuarkusTest
class VerificationTest {

    private static final String OFFICER = Tokens.of("officer", "IR-25", "permits-officer");

    @Test
    void anyoneCanVerifyAValidLicenceAndSeesNoPersonalData() {
        String number = issue();
        given().when().get("/verify/" + number)
                .then().statusCode(200)
                .body("verdict", equalTo("VALID"))
                .body("kind", equalTo("OPERATING"))
                .body("provinceName", equalTo("قم"))
                .body(not(containsString("10380284790")))
                .body(not(containsString("holder")));
    }

    @Test
    void verificationAcceptsPersianDigits() {
        String number = issue();
        String persian = number.chars().mapToObj(c -> Character.isDigit(c) ? String.valueOf((char) ('۰' + c - '0')) : String.valueOf((char) c))
                .reduce("", String::concat);
        given().when().get("/verify/" + persian).then().statusCode(200).body("verdict", equalTo("VALID"))
                .body("licenceNumber", equalTo(PersianText.toAsciiDigits(persian)));
    }

    @Test
    void revokedAndUnknownLicencesAreReported() {
        var issued = issueResponse();
        String number = issued.path("licenceNumber");
        String id = issued.path("id");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("reason", "تخلف"))
                .when().post("/permits/" + id + "/revocation").then().statusCode(200);
        given().when().get("/verify/" + number).then().body("verdict", equalTo("REVOKED"));
        given().when().get("/verify/25-1404-999999").then().statusCode(200).body("verdict", equalTo("UNKNOWN"));
        given().when().get("/verify/garbage").then().statusCode(200).body("verdict", equalTo("UNKNOWN"));
    }

    private static String issue() {
        return issueResponse().path("licenceNumber");
    }

    private static io.restassured.response.Response issueResponse() {
        Map<String, Object> body = Map.of("kind", "OPERATING", "scope", "EXPANSION",
                "holder", Map.of("name", "شرکت کفش قم", "nationalId", "10380284790"),
                "province", "IR-25", "county", "قم", "activityCode", "1920",
                "fixedInvestmentRials", "5000000000", "jobs", 20, "issuedOn", "2025-06-01");
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body)
                .when().post("/permits").then().statusCode(201).extract().response();
    }
}
