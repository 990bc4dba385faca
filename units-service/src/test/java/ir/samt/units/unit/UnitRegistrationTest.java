package ir.samt.units.unit;

import static io.restassured.RestAssured.given;
import static ir.samt.units.unit.UnitRequests.NATIONAL_OFFICER;
import static ir.samt.units.unit.UnitRequests.PERMITS_OFFICER;
import static ir.samt.units.unit.UnitRequests.QOM_OFFICER;
import static ir.samt.units.unit.UnitRequests.READER;
import static ir.samt.units.unit.UnitRequests.TEHRAN_OFFICER;
import static ir.samt.units.unit.UnitRequests.as;
import static ir.samt.units.unit.UnitRequests.countNamed;
import static ir.samt.units.unit.UnitRequests.guildUnit;
import static ir.samt.units.unit.UnitRequests.industrialUnit;
import static ir.samt.units.unit.UnitRequests.register;
import static ir.samt.units.unit.UnitRequests.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class UnitRegistrationTest {

    @Test
    void aGuildUnitIsRegisteredActiveWithNormalisedTextAndJalaliDates() {
        String name = uniqueName("كفش دوزي ماشيني");
        Map<String, Object> body = guildUnit(name);
        body.put("nationalId", "۰۰۷۶۲۲۹۶۴۵");
        body.put("activityCode", "۱۹۲۰");
        String id = as(QOM_OFFICER).body(body).when().post("/units")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/units/"))
                .body("status", equalTo("ACTIVE"))
                .body("name", equalTo(name.replace('ك', 'ک').replace('ي', 'ی')))
                .body("holder.nationalId", equalTo("0076229645"))
                .body("holder.idKind", equalTo("NATIONAL_CODE"))
                .body("activityCode", equalTo("1920"))
                .body("sector.code", equalTo("19"))
                .body("guildGroup", equalTo("PRODUCTION_TECHNICAL"))
                .body("registeredOnJalali", equalTo("1403/02/21"))
                .body("statusSince", equalTo("2024-05-10"))
                .body("estateCode", nullValue())
                .body("version", equalTo(1))
                .extract().path("id");
        as(READER).when().get("/units/" + id).then().statusCode(200).body("provinceName", equalTo("قم"));
        as(READER).when().get("/units/" + id + "/history").then().statusCode(200)
                .body("change", equalTo(List.of("REGISTERED"))).body("[0].actor", equalTo("officer-qom"));
    }

    @Test
    void anIndustrialUnitInATownCarriesItsEstateAndLicence() {
        String id = register(industrialUnit(uniqueName("شرکت پاکشوما")));
        as(READER).when().get("/units/" + id).then().statusCode(200)
                .body("estateCode", equalTo("IR-25-T05"))
                .body("licenceNumber", equalTo("25-1404-000123"))
                .body("holder.idKind", equalTo("LEGAL_ENTITY_ID"))
                .body("guildGroup", nullValue());
    }

    @Test
    void registrationDateDefaultsToTodayInTehran() {
        Map<String, Object> body = guildUnit(uniqueName("نانوایی"));
        body.remove("registeredOn");
        String id = register(body);
        String registeredOn = as(READER).when().get("/units/" + id).then().extract().path("registeredOn");
        assertThat(LocalDate.parse(registeredOn)).isBetween(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1));
    }

    static List<Object[]> invalidRegistrations() {
        return List.of(
                new Object[] { "nationalId", "0076229646", "nationalId" },
                new Object[] { "nationalId", "1111111111", "nationalId" },
                new Object[] { "nationalId", "10380284791", "nationalId" },
                new Object[] { "name", " ", "name" },
                new Object[] { "province", "IR-32", "province" },
                new Object[] { "activityCode", "9412", "activityCode" },
                new Object[] { "activityCode", "19", "activityCode" },
                new Object[] { "employees", -1, "employees" },
                new Object[] { "guildGroup", null, "guildGroup" },
                new Object[] { "estateCode", "IR-25-T99", "estateCode" },
                new Object[] { "licenceNumber", "25-1404-123", "licenceNumber" },
                new Object[] { "licenceNumber", "23-1404-000123", "licenceNumber" },
                new Object[] { "registeredOn", LocalDate.now().plusDays(2).toString(), "registeredOn" },
                new Object[] { "registeredOn", "1970-01-01", "registeredOn" },
                new Object[] { "kind", "FACTORY", "kind" },
                new Object[] { "employees", "دوازده", "employees" });
    }

    @ParameterizedTest(name = "{0} = {1} is refused naming {2}")
    @MethodSource("invalidRegistrations")
    void anInvalidFieldIsA400NamingItAndNothingIsStored(String field, Object value, String named) {
        String name = uniqueName("واحد نامعتبر");
        Map<String, Object> body = guildUnit(name);
        body.put(field, value);
        as(QOM_OFFICER).body(body).when().post("/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem(named));
        assertThat(countNamed(name)).isZero();
    }

    @Test
    void anIndustrialUnitHasNoGuildGroup() {
        String name = uniqueName("کارخانه");
        Map<String, Object> body = industrialUnit(name);
        body.put("guildGroup", "DISTRIBUTION_SERVICES");
        as(QOM_OFFICER).body(body).when().post("/units").then().statusCode(400).body("errors[0].field", equalTo("guildGroup"));
        assertThat(countNamed(name)).isZero();
    }

    @Test
    void anEstateOfAnotherProvinceIsRefused() {
        as(NATIONAL_OFFICER).body(Map.of("code", "IR-21-Z01", "kind", "ZONE", "nameFa", "ناحیه صنعتی یزد", "province", "IR-21",
                "county", "یزد")).when().post("/estates").then().statusCode(anyOf(equalTo(201), equalTo(409)));
        String name = uniqueName("کارخانه");
        Map<String, Object> body = industrialUnit(name);
        body.put("estateCode", "IR-21-Z01");
        as(QOM_OFFICER).body(body).when().post("/units")
                .then().statusCode(400).body("errors[0].field", equalTo("estateCode"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("IR-21"));
        assertThat(countNamed(name)).isZero();
    }

    @Test
    void malformedJsonIsAProblemDetail() {
        as(QOM_OFFICER).body("{\"kind\": ").when().post("/units").then().statusCode(400).contentType("application/problem+json");
        as(QOM_OFFICER).when().post("/units").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void officersRegisterOnlyInTheirProvince() {
        String name = uniqueName("واحد قم");
        as(TEHRAN_OFFICER).body(guildUnit(name)).when().post("/units").then().statusCode(403)
                .contentType("application/problem+json");
        as(READER).body(guildUnit(name)).when().post("/units").then().statusCode(403);
        as(PERMITS_OFFICER).body(guildUnit(name)).when().post("/units").then().statusCode(403);
        given().contentType(ContentType.JSON).body(guildUnit(name)).when().post("/units").then().statusCode(401);
        as(PERMITS_OFFICER).when().get("/units?name=x").then().statusCode(403);
        assertThat(countNamed(name)).isZero();
        register(guildUnit(name));
        as(NATIONAL_OFFICER).body(guildUnit(uniqueName("واحد ملی"))).when().post("/units").then().statusCode(201);
    }

    @Test
    void anExternalReferenceIsRegisteredOnce() {
        String ref = "REF-" + UUID.randomUUID();
        Map<String, Object> body = guildUnit(uniqueName("صنف"));
        body.put("externalRef", ref);
        register(body);
        String second = uniqueName("صنف");
        body.put("name", second);
        as(QOM_OFFICER).body(body).when().post("/units").then().statusCode(409).contentType("application/problem+json");
        assertThat(countNamed(second)).isZero();
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyReturnsTheFirstUnit() {
        String name = uniqueName("تکرار");
        String key = UUID.randomUUID().toString();
        String first = as(QOM_OFFICER).header("Idempotency-Key", key).body(guildUnit(name)).when().post("/units")
                .then().statusCode(201).extract().path("id");
        String again = as(QOM_OFFICER).header("Idempotency-Key", key).body(guildUnit(name)).when().post("/units")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(again).isEqualTo(first);
        assertThat(countNamed(name)).isEqualTo(1);
        as(QOM_OFFICER).header("Idempotency-Key", key).body(guildUnit(uniqueName("دیگر"))).when().post("/units")
                .then().statusCode(422);
    }

    @Test
    void anUnknownUnitIsA404AndABadIdA400() {
        as(READER).when().get("/units/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        as(READER).when().get("/units/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
        as(QOM_OFFICER).body(UnitRequests.stagnation("2025-01-01", "MARKET"))
                .when().post("/units/" + UUID.randomUUID() + "/stagnation").then().statusCode(404);
    }
}
