package ir.samt.permits.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import ir.samt.permits.permit.LicenceDraft;
import ir.samt.permits.permit.LicenceImportWriter;
import ir.samt.platform.testing.Tokens;
import ir.samt.platform.testing.TopicReader;

/**
 * Licences kept elsewhere come in with their history (issue 23): every change an event dated the day it
 * happened, bad rows reported by row and field, a re-import storing and publishing nothing.
 */
@QuarkusTest
class LicenceImportTest {

    static final String QOM_OFFICER = Tokens.of("officer-qom", "IR-25", "permits-officer");
    static final String READER = Tokens.of("reader", null, "permits-reader");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "externalRef,licenceNumber,kind,scope,guildTerm,holderName,nationalId,province,"
            + "county,estateCode,activityCode,product,fixedInvestmentRials,jobs,issuedOn,renewedOn,revokedOn,revocationReason\n";

    @Inject
    LicenceImportWriter realWriter;

    private static String marker() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static ValidatableResponse csv(String token, String body) {
        return given().auth().oauth2(token).contentType("text/csv; charset=UTF-8")
                .body(body.getBytes(StandardCharsets.UTF_8)).when().post("/permits/import").then();
    }

    /** A permanent guild licence of Qom issued on {@code issuedOn}, with the renewals given. */
    private static String guild(String ref, String issuedOn, String renewedOn) {
        return ref + ",,GUILD,,PERMANENT,نانوایی امید,0076229645,IR-25,قم,,1541,,0,3," + issuedOn + "," + renewedOn + ",,\n";
    }

    private static JsonNode licence(String externalRef) {
        List<Object> items = given().auth().oauth2(READER).queryParam("externalRef", externalRef).when().get("/permits")
                .then().statusCode(200).extract().path("items");
        assertThat(items).as("licences with externalRef " + externalRef).hasSize(1);
        return JSON.valueToTree(items.get(0));
    }

    private static JsonNode value(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each licence's events as "type effectiveDate previous->status", in the order they were published. */
    private static List<String> timeline(List<ConsumerRecord<String, String>> records, String id) {
        return records.stream().filter(r -> id.equals(r.key())).map(LicenceImportTest::value)
                .map(e -> e.get("type").asText().replace("ir.samt.permit.", "") + " " + e.at("/data/effectiveDate").asText()
                        + " " + e.at("/data/previousStatus").asText("-") + "->" + e.at("/data/status").asText()
                        + " v" + e.at("/data/version").asText())
                .toList();
    }

    @Test
    void goodLicencesComeInWithTheirHistoryDatedAsItHappenedBadRowsAreReportedAndReimportingChangesNothing() {
        String m = marker();
        String file = HEADER
                // renewed on the last day of its first five-year term: no expiry between
                + guild(m + "-1", "1398/02/11", "1403/02/11")
                // one year, never renewed: it expired the day after its last valid day
                + m + "-2,,ESTABLISHMENT,NEW,,شرکت نوین صنعت,10380284790,IR-25,قم,IR-25-T01,2930,,120000000000,25,2023-01-01,,,\n"
                // its own number; revoked
                + m + "-3,QOM-OP-" + m + ",OPERATING,NEW,,شرکت پلیمر البرز قم,10380284790,IR-25,قم,IR-25-T05,2520,ظروف,"
                + "660377358490,57,2020-06-01,,1402/07/15,توقف تولید\n"
                + m + "-4,,GUILD,,PERMANENT,نانوایی,0076229640,IR-25,قم,,1541,,0,3,1398/02/11,,,\n" // bad check digit
                + m + "-5,,OPERATING,NEW,,شرکت,10380284790,IR-25,قم,,2520,,1000,5,2020-06-01,2021-06-01,,\n" // not renewable
                + ",,GUILD,,PERMANENT,نانوایی,0076229645,IR-25,قم,,1541,,0,3,1398/02/11,,,\n" // no externalRef
                + m + "-7,,GUILD,,TEMPORARY,نانوایی,0076229645,IR-25,قم,,1541,,0,3,1402/01/10,1403/01/10,,\n" // granted once
                + m + "-8,,GUILD,,PERMANENT,نانوایی,0076229645,IR-23,تهران,,1541,,0,3,1402/01/10,,,\n" // not the caller's
                // renewed after its term had ended: expired first, then renewed from the renewal day
                + guild(m + "-9", "1395/03/01", "1401/01/15");
        try (TopicReader reader = new TopicReader("samt.permits.v1")) {
            var report = csv(QOM_OFFICER, file).statusCode(200)
                    .body("format", equalTo("CSV")).body("rows", equalTo(9)).body("imported", equalTo(4))
                    .body("alreadyImported", equalTo(0)).body("rejected", equalTo(5)).extract();
            List<String> fields = report.path("errors.collect { it.row + ' ' + it.field }");
            assertThat(fields).containsExactly("4 nationalId", "5 renewedOn", "6 externalRef", "7 renewedOn", "8 province");

            JsonNode renewed = licence(m + "-1");
            assertThat(renewed.get("status").asText()).isEqualTo("ACTIVE");
            assertThat(renewed.get("renewals").asInt()).isEqualTo(1);
            assertThat(renewed.get("validUntilJalali").asText()).isEqualTo("1408/02/11");
            assertThat(renewed.get("licenceNumber").asText()).startsWith("25-1398-");
            assertThat(renewed.get("version").asLong()).isEqualTo(2);
            JsonNode expired = licence(m + "-2");
            JsonNode revoked = licence(m + "-3");
            assertThat(revoked.get("licenceNumber").asText()).isEqualTo("QOM-OP-" + m);
            assertThat(revoked.get("revocationReason").asText()).isEqualTo("توقف تولید");
            JsonNode lapsed = licence(m + "-9");

            List<String> ids = List.of(renewed.get("id").asText(), expired.get("id").asText(), revoked.get("id").asText(),
                    lapsed.get("id").asText());
            var records = reader.awaitRecords(r -> ids.contains(r.key()), 9, Duration.ofSeconds(30));
            assertThat(timeline(records, ids.get(0)))
                    .containsExactly("issued 2019-05-01 -->ACTIVE v1", "renewed 2024-04-30 ACTIVE->ACTIVE v2");
            assertThat(timeline(records, ids.get(1)))
                    .containsExactly("issued 2023-01-01 -->ACTIVE v1", "expired " + expired.get("validUntil").asText().transform(
                            d -> java.time.LocalDate.parse(d).plusDays(1).toString()) + " ACTIVE->EXPIRED v2");
            assertThat(timeline(records, ids.get(2)))
                    .containsExactly("issued 2020-06-01 -->ACTIVE v1", "revoked 2023-10-07 ACTIVE->REVOKED v2");
            // 1395/03/01 + 5 years = 1400/03/01, so it expired on 1400/03/02 (2021-05-23) and was renewed on 1401/01/15
            assertThat(timeline(records, ids.get(3))).containsExactly("issued 2016-05-21 -->ACTIVE v1",
                    "expired 2021-05-23 ACTIVE->EXPIRED v2", "renewed 2022-04-04 EXPIRED->ACTIVE v3");
            assertThat(lapsed.get("validUntilJalali").asText()).isEqualTo("1406/01/15");

            List<String> history = given().auth().oauth2(READER).when().get("/permits/" + ids.get(3) + "/history").then()
                    .statusCode(200).extract().path("collect { it.version + ' ' + it.change + ' ' + it.status }");
            assertThat(history).containsExactly("1 ISSUED ACTIVE", "2 EXPIRED EXPIRED", "3 RENEWED ACTIVE");

            csv(QOM_OFFICER, file).statusCode(200).body("imported", equalTo(0)).body("alreadyImported", equalTo(4))
                    .body("rejected", equalTo(5));
            assertThat(reader.drain(r -> ids.contains(r.key()), Duration.ofSeconds(3))).as("events, the re-import's included")
                    .hasSize(9);
        }
    }

    @Test
    void aLicenceNumberTheDatabaseRefusesIsThatRowsErrorAndItsNeighboursAreStored() {
        String m = marker();
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= 9; i++) {
            // rows 3 and 7 carry the same licence number under two externalRefs: the second is refused
            String number = i == 3 || i == 7 ? "DUP-" + m : "";
            file.append(m).append('-').append(i).append(',').append(number)
                    .append(",GUILD,,PERMANENT,نانوایی,0076229645,IR-25,قم,,1541,,0,3,1404/01/10,,,\n");
        }
        // chunks commit in any order: whichever of the two comes second is refused
        var report = csv(QOM_OFFICER, file.toString()).statusCode(200).body("imported", equalTo(8))
                .body("rejected", equalTo(1)).body("errors[0].field", equalTo("licenceNumber")).extract();
        int refused = report.path("errors[0].row");
        assertThat(refused).isIn(3, 7);
        assertThat(report.<String>path("errors[0].externalRef")).isEqualTo(m + "-" + refused);
        assertThat(report.<String>path("errors[0].message")).startsWith("passed every check but the database refused");
        int stored = refused == 3 ? 7 : 3;
        assertThat(licence(m + "-" + stored).get("licenceNumber").asText()).isEqualTo("DUP-" + m);
        for (int i = 1; i <= 9; i++) {
            if (i != 3 && i != 7) {
                licence(m + "-" + i);
            }
        }
    }

    @Test
    void aNumberOfThisServicesOwnFormIsTakenOutOfItsSequenceSoNoLicenceDrawsItAgain() {
        String m = marker();
        // Jalali year 1360: no other test draws numbers there
        String taken = "25-1360-" + String.format("%06d", 500 + new java.util.Random().nextInt(100_000));
        String file = HEADER
                + m + "-1," + taken + ",GUILD,,PERMANENT,نانوایی,0076229645,IR-25,قم,,1541,,0,3,1360/05/01,,,\n"
                + m + "-2,,GUILD,,PERMANENT,نانوایی,0076229645,IR-25,قم,,1541,,0,3,1360/06/01,,,\n";
        csv(QOM_OFFICER, file).statusCode(200).body("imported", equalTo(2));
        long drawn = Long.parseLong(licence(m + "-2").get("licenceNumber").asText().substring("25-1360-".length()));
        assertThat(drawn).isGreaterThan(Long.parseLong(taken.substring("25-1360-".length())));
    }

    @Test
    void anImportSentWithAnImportIdCanBeWatchedAndItsIdIsNotTakenTwice() {
        String m = marker();
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= 10; i++) {
            file.append(guild(m + "-" + i, "1403/01/10", ""));
        }
        file.append(m).append("-bad,,GUILD,,PERMANENT,نانوایی,0076229640,IR-25,قم,,1541,,0,3,1403/01/10,,,\n");
        String id = UUID.randomUUID().toString();
        given().auth().oauth2(QOM_OFFICER).header("Import-Id", id).contentType("text/csv; charset=UTF-8")
                .body(file.toString().getBytes(StandardCharsets.UTF_8)).when().post("/permits/import").then()
                .statusCode(200).body("imported", equalTo(10));
        given().auth().oauth2(QOM_OFFICER).when().get("/permits/import/jobs/" + id).then().statusCode(200)
                .body("state", equalTo("DONE")).body("kind", equalTo("permits")).body("rowsRead", equalTo(11))
                .body("stored", equalTo(10)).body("alreadyStored", equalTo(0)).body("refused", equalTo(1))
                .body("actor", equalTo("officer-qom"));

        given().auth().oauth2(QOM_OFFICER).header("Import-Id", id).contentType("text/csv; charset=UTF-8")
                .body(file.toString().getBytes(StandardCharsets.UTF_8)).when().post("/permits/import").then()
                .statusCode(409).body("type", endsWith("/import-id-taken"));
        given().auth().oauth2(QOM_OFFICER).header("Import-Id", "not-a-uuid").contentType("text/csv; charset=UTF-8")
                .body(file.toString().getBytes(StandardCharsets.UTF_8)).when().post("/permits/import").then()
                .statusCode(400).body("errors[0].field", equalTo("Import-Id"));
        given().auth().oauth2(QOM_OFFICER).when().get("/permits/import/jobs/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(READER).when().get("/permits/import/jobs/" + id).then().statusCode(403);
    }

    /**
     * Writes through the real writer until {@code writesBeforeOutage} chunks are written, then fails like a
     * database that refuses connections, until {@link #databaseBack}.
     */
    static final class WriterWithOutage extends LicenceImportWriter {
        private final LicenceImportWriter real;
        private final AtomicInteger writesLeft;

        WriterWithOutage(LicenceImportWriter real, int writesBeforeOutage) {
            this.real = real;
            this.writesLeft = new AtomicInteger(writesBeforeOutage);
        }

        void databaseBack() {
            writesLeft.set(Integer.MAX_VALUE);
        }

        @Override
        public int write(List<LicenceDraft> drafts, String actor, OffsetDateTime now) {
            if (writesLeft.getAndDecrement() <= 0) {
                throw new IllegalStateException("Could not write imported licences",
                        new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
            }
            return real.write(drafts, actor, now);
        }
    }

    @Test
    void anOutageMidImportAnswers503AndResendingTheFileCompletesItWithEveryChangePublishedOnce() {
        String m = marker();
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= 20; i++) {
            file.append(guild(m + "-" + i, "1398/02/11", "1403/02/11")); // two events each
        }
        // the bean itself, not its client proxy: once the mock is installed the proxy leads back to the mock
        WriterWithOutage writer = new WriterWithOutage(ClientProxy.unwrap(realWriter), 1);
        QuarkusMock.installMockForType(writer, LicenceImportWriter.class);
        String importId = UUID.randomUUID().toString();
        try (TopicReader reader = new TopicReader("samt.permits.v1")) {
            given().auth().oauth2(QOM_OFFICER).header("Import-Id", importId).contentType("text/csv; charset=UTF-8")
                    .body(file.toString().getBytes(StandardCharsets.UTF_8)).when().post("/permits/import").then()
                    .statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
                    .body("type", endsWith("/database-unavailable"));
            given().auth().oauth2(QOM_OFFICER).when().get("/permits/import/jobs/" + importId).then().statusCode(200)
                    .body("state", equalTo("FAILED"));

            writer.databaseBack();
            csv(QOM_OFFICER, file.toString()).statusCode(200).body("imported", equalTo(16))
                    .body("alreadyImported", equalTo(4)).body("rejected", equalTo(0));
            List<String> ids = java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> licence(m + "-" + i))
                    .map(l -> l.get("id").asText()).toList();
            var records = reader.awaitRecords(r -> ids.contains(r.key()), 40, Duration.ofSeconds(30));
            assertThat(records.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting())))
                    .hasSize(20).allSatisfy((id, count) -> assertThat(count).isEqualTo(2));
            assertThat(reader.drain(r -> ids.contains(r.key()), Duration.ofSeconds(2))).as("none twice").hasSize(40);
        }
    }

    @Test
    void ndjsonLinesAreReadByTheSameRulesAndMoneyMustBeDigits() {
        String m = marker();
        String body = """
                {"externalRef":"%1$s-1","kind":"ESTABLISHMENT","scope":"NEW","holderName":"شرکت نوین","nationalId":"10380284790","province":"IR-25","county":"قم","activityCode":"2930","fixedInvestmentRials":"120000000000","jobs":25,"issuedOn":"1404/05/01"}
                {"externalRef":"%1$s-2","kind":"ESTABLISHMENT","scope":"NEW","holderName":"شرکت نوین","nationalId":"10380284790","province":"IR-25","county":"قم","activityCode":"2930","fixedInvestmentRials":"12e9","jobs":25,"issuedOn":"1404/05/01"}
                {"externalRef":"%1$s-3","kind":"ESTABLISHMENT","scope":"NEW","holderName":"شرکت نوین","nationalId":"10380284790","province":"IR-25","county":"قم","activityCode":"2930","fixedInvestmentRials":"1000","jobs":25,"issuedOn":"1404/05/01","renewedOn":"1404/13/01"}
                not json
                """.formatted(m);
        var report = given().auth().oauth2(QOM_OFFICER).contentType("application/x-ndjson; charset=UTF-8")
                .body(body.getBytes(StandardCharsets.UTF_8)).when().post("/permits/import").then().statusCode(200)
                .body("imported", equalTo(1)).body("rejected", equalTo(3)).extract();
        List<List<Object>> errors = report.path("errors.collect { [it.row, it.field] }");
        assertThat(errors).extracting(e -> tuple(e.get(0), e.get(1)))
                .containsExactly(tuple(2, "fixedInvestmentRials"), tuple(3, "renewedOn"), tuple(4, "row"));
        assertThat(licence(m + "-1").at("/fixedInvestment/rials").asText()).isEqualTo("120000000000");
    }
}
