package ir.samt.permits.permit;

import static io.restassured.RestAssured.given;
import static ir.samt.permits.permit.PermitRequests.QOM_OFFICER;
import static ir.samt.permits.permit.PermitRequests.READER;
import static ir.samt.permits.permit.PermitRequests.as;
import static ir.samt.permits.permit.PermitRequests.issue;
import static ir.samt.permits.permit.PermitRequests.operatingLicence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import ir.samt.platform.testing.Tokens;

/**
 * Input that used to pass validation and then break in PostgreSQL or be guessed at (issue 12): each
 * test is one case a hostile or careless client sent, and each answer is a 4xx problem, never a 500.
 */
@QuarkusTest
class PermitInputBoundaryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Test
    void trailingContentAfterTheDocumentIsRefused() throws Exception {
        long before = count();
        as(QOM_OFFICER).body(JSON.writeValueAsString(operatingLicence()) + "GARBAGE").when().post("/permits")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Malformed JSON"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aKeyGivenTwiceIsRefusedInsteadOfTheLastOneWinning() throws Exception {
        String body = JSON.writeValueAsString(operatingLicence()).replaceFirst("\\{", "{\"jobs\": 1, ");
        as(QOM_OFFICER).body(body).when().post("/permits")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("jobs"));
    }

    @Test
    void jsonBodiesAboveTheEndpointLimitAre413EvenBelowTheServerLimit() {
        Map<String, Object> body = operatingLicence();
        body.put("product", "x".repeat(300_000));
        long before = count();
        as(QOM_OFFICER).body(body).when().post("/permits")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aJalaliIssueDateIsAcceptedAsTheImportAcceptsIt() {
        Map<String, Object> body = operatingLicence();
        body.put("issuedOn", "۱۴۰۴/۰۱/۰۱");
        as(QOM_OFFICER).body(body).when().post("/permits")
                .then().statusCode(201)
                .body("issuedOn", equalTo("2025-03-21"))
                .body("licenceNumber", containsString("-1404-"));
    }

    @Test
    void aProvinceInPersianDigitsIsTheSameProvinceForAProvincialOfficer() {
        Map<String, Object> body = operatingLicence();
        body.put("province", "ir-۲۵");
        body.put("estateCode", null);
        as(QOM_OFFICER).body(body).when().post("/permits")
                .then().statusCode(201).body("province", equalTo("IR-25"));
    }

    @Test
    void aProvinceInPersianDigitsIsStoredCanonicallyForANationalOfficer() {
        Map<String, Object> body = operatingLicence();
        body.put("province", "IR-۲۵");
        as(PermitRequests.NATIONAL_OFFICER).body(body).when().post("/permits")
                .then().statusCode(201).body("province", equalTo("IR-25")).body("licenceNumber", containsString("25-"));
    }

    @Test
    void aProvinceClaimThatIsAnArrayIsA403NotA500() {
        String token = Tokens.withClaims("officer-array", Map.of("province", List.of("IR-25")), "permits-officer");
        as(token).body(operatingLicence()).when().post("/permits")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("province claim"));
    }

    @Test
    void aSubjectTooLongToRecordAsTheActorIsA403NotA500() {
        String token = Tokens.of("o".repeat(250), "IR-25", "permits-officer");
        long before = count();
        as(token).body(operatingLicence()).when().post("/permits")
                .then().statusCode(403).contentType("application/problem+json").body("title", equalTo("Unusable token subject"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aNulInTheRevocationReasonIsA400AndTheLicenceStaysActive() {
        String id = issue(operatingLicence());
        as(QOM_OFFICER).body(Map.of("reason", "ابطال\u0000")).when().post("/permits/" + id + "/revocation")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        as(READER).when().get("/permits/" + id).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aControlCharacterInASearchParameterIsA400NamingIt() {
        as(READER).queryParam("holderId", "1038\u00000284790").when().get("/permits")
                .then().statusCode(400).body("errors.field", hasItem("holderId"));
        as(READER).queryParam("estateCode", "IR-25-T01\u0000").when().get("/permits")
                .then().statusCode(400).body("errors.field", hasItem("estateCode"));
    }

    @Test
    void aPageBeyondTheDeepestOffsetIsA400NotANegativeOffset() {
        as(READER).queryParam("page", Integer.MAX_VALUE).queryParam("size", 200).when().get("/permits")
                .then().statusCode(400).body("errors.field", hasItem("page"));
    }

    @Test
    void aBodyWithoutContentTypeIsA415() {
        given().auth().oauth2(QOM_OFFICER).body("{}".getBytes()).contentType("").when().post("/permits")
                .then().statusCode(415);
    }

    private long count() {
        return (Long) em.createQuery("select count(p) from Permit p").getSingleResult();
    }
}
