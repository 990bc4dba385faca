package ir.samt.units.estate;

import static io.restassured.RestAssured.given;
import static ir.samt.units.unit.UnitRequests.NATIONAL_OFFICER;
import static ir.samt.units.unit.UnitRequests.QOM_OFFICER;
import static ir.samt.units.unit.UnitRequests.READER;
import static ir.samt.units.unit.UnitRequests.TEHRAN_OFFICER;
import static ir.samt.units.unit.UnitRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import ir.samt.platform.calendar.Jalali;
import ir.samt.platform.testing.Tokens;
import ir.samt.units.reference.ReferenceEstates;

@QuarkusTest
class EstateTest {

    @TestHTTPResource("/")
    URL baseUrl;

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

    /** Registered by the tests' fixture through the API from the operator's file ({@link ReferenceEstates}). */
    @Test
    void qomsSevenTownsAndFourZonesFromTheReferenceFileAreServedWithTheirFoundingDate() {
        as(READER).queryParam("province", "IR-25").queryParam("kind", "TOWN").when().get("/estates")
                .then().statusCode(200).body("findAll { it.code.startsWith('IR-25-T0') }", hasSize(7))
                .body("code", hasItem("IR-25-T01"))
                .body("find { it.code == 'IR-25-T01' }.nameFa", equalTo("شهرک صنعتی شکوهیه"));
        as(READER).queryParam("province", "ir-۲۵").queryParam("kind", "ZONE").when().get("/estates")
                .then().statusCode(200).body("findAll { it.code.startsWith('IR-25-Z0') }.code",
                        equalTo(List.of("IR-25-Z01", "IR-25-Z02", "IR-25-Z03", "IR-25-Z04")))
                .body("kind", hasItem("ZONE"));
        as(READER).when().get("/estates/IR-25-T05").then().statusCode(200)
                .body("nameEn", equalTo("Mahmoudabad Industrial Town")).body("provinceName", equalTo("قم"))
                .body("establishedOn", equalTo("1998-03-21")).body("establishedOnJalali", equalTo("1377/01/01"));
    }

    @Test
    void anEstateCountsFromTheDateItWasEstablishedGivenInEitherCalendarOrFromTodayAndNeverFromTheFuture() {
        Map<String, Object> founded = estate("IR-25-T26", "TOWN", "IR-25");
        founded.put("establishedOn", "۱۳۸۰/۰۱/۰۱");
        as(QOM_OFFICER).body(founded).when().post("/estates").then().statusCode(201)
                .body("establishedOn", equalTo("2001-03-21")).body("establishedOnJalali", equalTo("1380/01/01"));

        String today = LocalDate.now(Jalali.TEHRAN).toString();
        as(QOM_OFFICER).body(estate("IR-25-T27", "TOWN", "IR-25")).when().post("/estates").then().statusCode(201)
                .body("establishedOn", equalTo(today));

        Map<String, Object> future = estate("IR-25-T28", "TOWN", "IR-25");
        future.put("establishedOn", LocalDate.now(Jalali.TEHRAN).plusDays(2).toString());
        as(QOM_OFFICER).body(future).when().post("/estates").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("establishedOn"));
        as(READER).when().get("/estates/IR-25-T28").then().statusCode(404);
    }

    /**
     * The operator command (deploy/reference/load-estates.sh) on a deployment that holds the file's
     * estates already, and on a new one: each estate is registered once, whoever runs it again.
     */
    @Test
    void theOperatorCommandRegistersEachEstateOnceHoweverOftenItRuns(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("IR-25-more.ndjson");
        Files.writeString(file, ReferenceEstates.lines().get(0) + "\n" + """
                {"code":"IR-25-Z41","kind":"ZONE","nameFa":"ناحیه صنعتی آزمایشی","province":"IR-25","county":"قم","establishedOn":"2010-03-21"}
                """);
        assertThat(loadEstates(file, "officer-qom")).endsWith("1 registered, 1 already registered, 0 refused");
        assertThat(loadEstates(file, "officer-qom")).endsWith("0 registered, 2 already registered, 0 refused");
        assertThat(loadEstates(file, "another-officer")).endsWith("0 registered, 2 already registered, 0 refused");
        as(READER).when().get("/estates/IR-25-Z41").then().statusCode(200).body("establishedOn", equalTo("2010-03-21"));

        Files.writeString(file, """
                {"code":"IR-25-Z42","kind":"TOWN","nameFa":"ناحیه نادرست","province":"IR-25","county":"قم"}
                """);
        assertThat(run(file, "officer-qom").exitValue()).isEqualTo(1);
    }

    private String loadEstates(Path file, String officer) throws Exception {
        Process process = run(file, officer);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private Process run(Path file, String officer) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", Path.of("..", "deploy", "reference", "load-estates.sh").toString(),
                file.toString()).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("UNITS_URL", baseUrl.toString().replaceAll("/$", ""));
        builder.environment().put("TOKEN", Tokens.of(officer, "IR-25", "units-officer"));
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process;
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
