package ir.samt.units.unit;

import static ir.samt.units.unit.UnitRequests.QOM_OFFICER;
import static ir.samt.units.unit.UnitRequests.READER;
import static ir.samt.units.unit.UnitRequests.as;
import static ir.samt.units.unit.UnitRequests.guildUnit;
import static ir.samt.units.unit.UnitRequests.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import ir.samt.platform.testing.Concurrently;

/**
 * Input that used to reach PostgreSQL and answer 500 (issue 12): each answer is now the 4xx problem
 * the docs promise, and nothing malformed is stored.
 */
@QuarkusTest
class UnitInputBoundaryTest {

    @Inject
    EntityManager em;

    @Test
    void tenParallelRegistrationsWithOneExternalReferenceStoreOneUnitAndAnswer409ToTheRest() throws Exception {
        String ref = "RACE-" + UUID.randomUUID();
        Map<String, Object> body = guildUnit(uniqueName("مسابقه"));
        body.put("externalRef", ref);
        List<Integer> statuses = Concurrently.run(10,
                () -> as(QOM_OFFICER).body(body).when().post("/units").then().extract().statusCode());
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(em.createQuery("select count(u) from Unit u where u.externalRef = :ref", Long.class)
                .setParameter("ref", ref).getSingleResult()).isEqualTo(1L);
    }

    @Test
    void aNulInAUnitNameIsA400NamingTheField() {
        as(QOM_OFFICER).body(guildUnit("کفش\u0000دوزی")).when().post("/units")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("name"));
    }

    @Test
    void aNameMadeOnlyOfInvisibleCharactersIsBlank() {
        as(QOM_OFFICER).body(guildUnit("\u200C\u200C\u0640")).when().post("/units")
                .then().statusCode(400).body("errors.field", hasItem("name"));
        as(QOM_OFFICER).body(guildUnit("\u202E\uFEFF")).when().post("/units")
                .then().statusCode(400).body("errors.field", hasItem("name"));
    }

    @Test
    void aNameThatGrowsPastItsColumnUnderNormalisationIsA400() {
        as(QOM_OFFICER).body(guildUnit("\u0958".repeat(200))).when().post("/units")
                .then().statusCode(400).body("errors.field", hasItem("name"));
    }

    @Test
    void anEnumOrdinalIsRefused() {
        Map<String, Object> body = guildUnit(uniqueName("ترتیبی"));
        body.put("guildGroup", 0);
        as(QOM_OFFICER).body(body).when().post("/units")
                .then().statusCode(400).body("errors.field", hasItem("guildGroup"));
    }

    @Test
    void aJalaliRegistrationDateIsAcceptedAsInTheImport() {
        Map<String, Object> body = guildUnit(uniqueName("جلالی"));
        body.put("registeredOn", "1403/02/21");
        as(QOM_OFFICER).body(body).when().post("/units")
                .then().statusCode(201).body("registeredOn", equalTo("2024-05-10"));
    }

    @Test
    void aNulInAnEstateNameIsA400NamingTheField() {
        as(QOM_OFFICER).body(Map.of("code", "IR-25-T97", "kind", "TOWN", "nameFa", "شهرک\u0000", "province", "IR-25",
                "county", "قم")).when().post("/estates")
                .then().statusCode(400).body("errors.field", hasItem("nameFa"));
    }

    @Test
    void aNulInTheNameSearchIsA400NamingTheParameter() {
        as(READER).queryParam("name", "\u0000").when().get("/units")
                .then().statusCode(400).body("errors.field", hasItem("name"));
    }

    @Test
    void theImportsBodyLimitDoesNotApplyToOrdinaryJsonEndpoints() {
        Map<String, Object> body = guildUnit(uniqueName("بزرگ"));
        body.put("county", "ق".repeat(1_000_000)); // 2 MB of UTF-8: under the import's 200 MB, over 256 KiB
        as(QOM_OFFICER).body(body).when().post("/units")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aNameWhoseSearchKeyIsLongerThanTheNameIsStored() {
        // "İ" lower-cases to two characters: a 200-character name has a 400-character search key
        String name = "İ".repeat(199) + "ق";
        as(QOM_OFFICER).body(guildUnit(name)).when().post("/units").then().statusCode(201).body("name", equalTo(name));
    }
}
