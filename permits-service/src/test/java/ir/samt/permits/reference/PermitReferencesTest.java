package ir.samt.permits.reference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import ir.samt.permits.permit.PermitRequestsAccess;
import ir.samt.platform.testing.Tokens;

/**
 * A licence names only an industrial town or zone and a unit that exist in units-service, in the
 * licence's province (issue 12: both used to be accepted unchecked). The check reads units-service
 * with the caller's own token; when units-service cannot answer, nothing is issued and the client is
 * told to retry.
 */
@QuarkusTest
class PermitReferencesTest {

    private static final String QOM_OFFICER = Tokens.of("officer-qom-refs", "IR-25", "permits-officer");

    @Inject
    EntityManager em;

    @Test
    void anEstateCodeUnitsServiceDoesNotKnowIsA400AndNothingIsStored() {
        long before = count();
        as(QOM_OFFICER).body(licence(Map.of("estateCode", "IR-25-T09"))).when().post("/permits")
                .then().statusCode(400).body("errors.field", hasItem("estateCode"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aUnitIdUnitsServiceDoesNotKnowIsA400() {
        as(QOM_OFFICER).body(licence(Map.of("unitId", UUID.randomUUID().toString()))).when().post("/permits")
                .then().statusCode(400).body("errors.field", hasItem("unitId"));
    }

    @Test
    void aUnitOfAnotherProvinceIsA400() {
        UUID tehranUnit = UUID.randomUUID();
        UnitsServiceStub.register(tehranUnit, "IR-23");
        as(QOM_OFFICER).body(licence(Map.of("unitId", tehranUnit.toString()))).when().post("/permits")
                .then().statusCode(400).body("errors.field", hasItem("unitId"));
    }

    @Test
    void aRegisteredUnitOfTheProvinceIsAcceptedAndCheckedWithTheCallersToken() {
        UUID unit = UUID.randomUUID();
        UnitsServiceStub.register(unit, "IR-25");
        as(QOM_OFFICER).body(licence(Map.of("unitId", unit.toString()))).when().post("/permits")
                .then().statusCode(201).body("unitId", equalTo(unit.toString())).body("estateCode", equalTo("IR-25-T01"));
        assertThat(UnitsServiceStub.lastAuthorization).isEqualTo("Bearer " + QOM_OFFICER);
    }

    @Test
    void whileUnitsServiceIsAwayALicenceNamingAnUncheckedUnitIs503WithRetryAfter() throws Exception {
        UUID unit = UUID.randomUUID();
        UnitsServiceStub.register(unit, "IR-25");
        UnitsServiceStub.stopServing();
        try {
            long before = count();
            as(QOM_OFFICER).body(licence(Map.of("unitId", unit.toString()))).when().post("/permits")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue());
            assertThat(count()).isEqualTo(before);
            Map<String, Object> noReferences = licence(Map.of());
            noReferences.remove("estateCode");
            as(QOM_OFFICER).body(noReferences).when().post("/permits").then().statusCode(201);
        } finally {
            UnitsServiceStub.resumeServing();
        }
        as(QOM_OFFICER).body(licence(Map.of("unitId", unit.toString()))).when().post("/permits").then().statusCode(201);
    }

    private static Map<String, Object> licence(Map<String, Object> changes) {
        Map<String, Object> body = PermitRequestsAccess.operatingLicence();
        body.putAll(changes);
        return body;
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private long count() {
        return (Long) em.createQuery("select count(p) from Permit p").getSingleResult();
    }
}
