package ir.samt.permits.permit;

import static io.restassured.RestAssured.given;
import static ir.samt.permits.permit.PermitRequests.QOM_OFFICER;
import static ir.samt.permits.permit.PermitRequests.READER;
import static ir.samt.permits.permit.PermitRequests.TEHRAN_OFFICER;
import static ir.samt.permits.permit.PermitRequests.as;
import static ir.samt.permits.permit.PermitRequests.operatingLicence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import ir.samt.platform.testing.Tokens;

/** Every refusal is a 4xx problem detail naming the field, and nothing is stored. */
@QuarkusTest
class PermitValidationTest {

    @Inject
    EntityManager em;

    static java.util.stream.Stream<Arguments> invalidFields() {
        return java.util.stream.Stream.of(
                bad("kind", b -> b.remove("kind")),
                bad("kind", b -> b.put("kind", "PERMIT_TO_FLY")),
                bad("holder", b -> b.remove("holder")),
                bad("holder.name", b -> b.put("holder", Map.of("nationalId", "10380284790"))),
                bad("holder.nationalId", b -> b.put("holder", Map.of("name", "x", "nationalId", "10380284791"))),
                bad("holder.nationalId", b -> b.put("holder", Map.of("name", "x", "nationalId", "1111111111"))),
                bad("holder.nationalId", b -> b.put("holder", Map.of("name", "x", "nationalId", "12ab"))),
                bad("province", b -> b.put("province", "IR-31")),
                bad("province", b -> b.put("province", "Qom")),
                bad("county", b -> b.put("county", " ")),
                bad("estateCode", b -> b.put("estateCode", "T01")),
                bad("estateCode", b -> b.put("estateCode", "IR-23-T01")),
                bad("activityCode", b -> b.put("activityCode", "99x")),
                bad("activityCode", b -> b.put("activityCode", "0000")),
                bad("fixedInvestmentRials", b -> b.put("fixedInvestmentRials", "-5")),
                bad("fixedInvestmentRials", b -> b.put("fixedInvestmentRials", "99999999999999999999")),
                bad("fixedInvestmentRials", b -> b.put("fixedInvestmentRials", "12.5")),
                bad("fixedInvestmentRials", b -> b.put("fixedInvestmentRials", "100000000000000000")),
                bad("fixedInvestmentRials", b -> b.remove("fixedInvestmentRials")),
                bad("jobs", b -> b.put("jobs", -1)),
                bad("jobs", b -> b.put("jobs", 10_000_000)),
                bad("scope", b -> b.remove("scope")),
                bad("guildTerm", b -> b.put("kind", "GUILD")),
                bad("issuedOn", b -> b.put("issuedOn", "2999-01-01")),
                bad("issuedOn", b -> b.put("issuedOn", "2025-03-20T21:00:00Z")),
                bad("issuedOn", b -> b.put("issuedOn", "1404-02-20")),
                bad("issuedOn", b -> b.put("issuedOn", "0001-01-01")),
                bad("holder.name", b -> b.put("holder", Map.of("name", "شرکت\u0000قم", "nationalId", "10380284790"))),
                bad("holder.name", b -> b.put("holder", Map.of("name", "\u0640\u0640\u200C\u202E\uFEFF", "nationalId", "10380284790"))),
                bad("holder.name", b -> b.put("holder", Map.of("name", "\u0958".repeat(150), "nationalId", "10380284790"))),
                bad("county", b -> b.put("county", "قم\u001B")),
                bad("product", b -> b.put("product", "ظروف\uD800")),
                bad("kind", b -> b.put("kind", 1)),
                bad("jobs", b -> b.put("jobs", 5.5)),
                bad("guildTerm", b -> b.put("guildTerm", "PERMANENT")),
                bad("colour", b -> b.put("colour", "blue")),
                bad("unitId", b -> b.put("unitId", "not-a-uuid")));
    }

    private static Arguments bad(String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = operatingLicence();
        change.accept(body);
        return Arguments.of(field, body);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFields")
    void invalidFieldIsA400NamingTheFieldAndStoresNothing(String field, Map<String, Object> body) {
        long before = count();
        as(QOM_OFFICER).body(body)
                .when().post("/permits")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsAProblemDetail() {
        as(QOM_OFFICER).body("{\"kind\": ").when().post("/permits")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"));
    }

    @Test
    void missingBodyIsA400() {
        as(QOM_OFFICER).when().post("/permits")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void wrongContentTypeIsA415() {
        given().auth().oauth2(QOM_OFFICER).contentType(ContentType.TEXT).body("kind=OPERATING")
                .when().post("/permits")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void oversizeBodyIsRefused() {
        Map<String, Object> body = operatingLicence();
        body.put("product", "x".repeat(2_000_000));
        long before = count();
        as(QOM_OFFICER).body(body).when().post("/permits").then().statusCode(413);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void noTokenIsA401WithBearerChallenge() {
        given().contentType(ContentType.JSON).body(operatingLicence())
                .when().post("/permits")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void tokenFromAnUnknownKeyIsA401() {
        given().auth().oauth2(Tokens.signedByStranger("mallory", "permits-officer")).contentType(ContentType.JSON)
                .body(operatingLicence())
                .when().post("/permits")
                .then().statusCode(401);
    }

    @Test
    void readerCannotIssue() {
        as(READER).body(operatingLicence()).when().post("/permits")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void officerOfAnotherProvinceCannotIssueHere() {
        long before = count();
        as(TEHRAN_OFFICER).body(operatingLicence()).when().post("/permits")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("IR-23"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void nationalOfficerMayIssueAnywhere() {
        as(PermitRequests.NATIONAL_OFFICER).body(operatingLicence()).when().post("/permits").then().statusCode(201);
    }

    @Test
    void officerWithoutProvinceClaimCannotIssue() {
        as(Tokens.of("no-scope", null, "permits-officer")).body(operatingLicence()).when().post("/permits")
                .then().statusCode(403);
    }

    @Test
    void readsNeedAReaderRole() {
        given().when().get("/permits").then().statusCode(401);
        as(Tokens.of("units", null, "units-reader")).when().get("/permits").then().statusCode(403);
    }

    @Test
    void unknownLicenceIs404AndMalformedIdIs400() {
        as(READER).when().get("/permits/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
        as(READER).when().get("/permits/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void badSearchParametersAreNamed() {
        as(READER).queryParam("size", 5000).when().get("/permits")
                .then().statusCode(400).body("errors.field", hasItem("size"));
        as(READER).queryParam("sort", "holderName").when().get("/permits")
                .then().statusCode(400).body("errors.field", hasItem("sort"));
        as(READER).queryParam("province", "IR-99").when().get("/permits")
                .then().statusCode(400).body("errors.field", hasItem("province"));
        as(READER).queryParam("kind", "NOPE").when().get("/permits")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private long count() {
        return (Long) em.createQuery("select count(p) from Permit p").getSingleResult();
    }
}
