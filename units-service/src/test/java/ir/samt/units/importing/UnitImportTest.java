package ir.samt.units.importing;

import static io.restassured.RestAssured.given;
import static ir.samt.units.unit.UnitRequests.NATIONAL_OFFICER;
import static ir.samt.units.unit.UnitRequests.QOM_OFFICER;
import static ir.samt.units.unit.UnitRequests.READER;
import static ir.samt.units.unit.UnitRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import ir.samt.platform.outbox.Outbox;
import ir.samt.platform.testing.AsyncApiContract;
import ir.samt.platform.testing.Tokens;
import ir.samt.platform.testing.TopicReader;
import ir.samt.units.unit.UnitDraft;

@QuarkusTest
class UnitImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER =
            "externalRef,kind,guildGroup,name,nationalId,province,county,estateCode,activityCode,employees,licenceNumber,registeredOn\n";

    @TestHTTPResource("/units/import")
    URL importUrl;

    private static String marker() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static ValidatableResponse post(String token, String contentType, String body) {
        return given().auth().oauth2(token).contentType(contentType + "; charset=UTF-8")
                .body(body.getBytes(StandardCharsets.UTF_8)).when().post("/units/import").then();
    }

    private static ValidatableResponse csv(String token, String body) {
        return post(token, "text/csv", body);
    }

    private static List<String> idsNamed(String marker) {
        return as(READER).queryParam("name", marker).queryParam("size", 200).when().get("/units")
                .then().statusCode(200).extract().path("items.id");
    }

    @Test
    void aMixedCsvStoresTheGoodRowsReportsTheBadOnesAndReimportingChangesNothing() throws Exception {
        String m = marker();
        String file = HEADER
                + m + "-1,GUILD,PRODUCTION_TECHNICAL,کفش دوزی " + m + ",0076229645,IR-25,قم,,1920,4,,1403/11/02\n"
                + m + "-2,INDUSTRIAL,,\"شرکت \"\"پاکشوما\"\"، قم " + m + "\",10380284790,IR-25,قم,IR-25-T05,2930,550,25-1404-000123,2025-05-10\n"
                + m + "-3,guild,DISTRIBUTION_SERVICES,سوپرمارکت ۱۲ " + m + ",۱۵۸۳۲۵۰۶۸۹,IR-25,قم,,5211,۳,,\n"
                + m + "-4,GUILD,PRODUCTION_TECHNICAL,بد " + m + ",0076229646,IR-25,قم,,1920,4,,\n"
                + m + "-5,FACTORY,,بد " + m + ",0076229645,IR-25,قم,,1920,4,,\n"
                + m + "-6,INDUSTRIAL,,بد " + m + ",10380284790,IR-25,قم,IR-25-T99,2930,5,,\n"
                + m + "-7,GUILD,PRODUCTION_TECHNICAL,بد " + m + ",0076229645,IR-23,تهران,,1920,4,,\n"
                + ",GUILD,PRODUCTION_TECHNICAL,بد " + m + ",0076229645,IR-25,قم,,1920,4,,\n"
                + m + "-9,GUILD,PRODUCTION_TECHNICAL,بد " + m + ",0076229645,IR-25,قم\n"
                + m + "-10,GUILD,PRODUCTION_TECHNICAL,بد " + m + ",0076229645,IR-25,قم,,1920,چهار,,\n"
                + "\n"
                + m + "-11,GUILD,,بد " + m + ",0076229645,IR-25,قم,,1920,4,,2999-01-01\n";

        try (TopicReader reader = new TopicReader("samt.units.v1")) {
            csv(QOM_OFFICER, file).statusCode(200)
                    .body("format", equalTo("CSV"))
                    .body("rows", equalTo(11))
                    .body("imported", equalTo(3))
                    .body("alreadyImported", equalTo(0))
                    .body("rejected", equalTo(8))
                    .body("errorsTruncated", equalTo(false))
                    .body("errors.findAll { it.row == 4 }.field", equalTo(List.of("nationalId")))
                    .body("errors.findAll { it.row == 5 }.field", equalTo(List.of("kind")))
                    .body("errors.findAll { it.row == 6 }.field", equalTo(List.of("estateCode")))
                    .body("errors.findAll { it.row == 7 }.field", equalTo(List.of("province")))
                    .body("errors.findAll { it.row == 8 }.field", equalTo(List.of("externalRef")))
                    .body("errors.findAll { it.row == 9 }.field", equalTo(List.of("row")))
                    .body("errors.findAll { it.row == 10 }.field", equalTo(List.of("employees")))
                    .body("errors.findAll { it.row == 11 }.field", equalTo(List.of("guildGroup", "registeredOn")))
                    .body("errors.find { it.row == 4 }.externalRef", equalTo(m + "-4"));

            List<String> ids = idsNamed(m);
            assertThat(ids).hasSize(3);
            as(READER).queryParam("name", m).queryParam("kind", "INDUSTRIAL").when().get("/units").then()
                    .body("items[0].name", equalTo("شرکت \"پاکشوما\"، قم " + m))
                    .body("items[0].externalRef", equalTo(m + "-2"))
                    .body("items[0].estateCode", equalTo("IR-25-T05"));
            as(READER).queryParam("name", "سوپرمارکت 12 " + m).when().get("/units").then()
                    .body("items[0].holder.nationalId", equalTo("1583250689"))
                    .body("items[0].employees", equalTo(3))
                    .body("items[0].guildGroup", equalTo("DISTRIBUTION_SERVICES"));
            as(READER).queryParam("name", "کفش دوزی " + m).when().get("/units").then()
                    .body("items[0].registeredOn", equalTo("2025-01-21"));
            as(READER).when().get("/units/" + ids.get(0) + "/history").then()
                    .body("change", equalTo(List.of("REGISTERED")));

            // the same file again: nothing new stored, nothing published
            csv(QOM_OFFICER, file).statusCode(200)
                    .body("imported", equalTo(0)).body("alreadyImported", equalTo(3)).body("rejected", equalTo(8));
            assertThat(idsNamed(m)).containsExactlyInAnyOrderElementsOf(ids);

            reader.awaitRecords(r -> ids.contains(r.key()), 3, Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> records = reader.drain(r -> ids.contains(r.key()), Duration.ofSeconds(3));
            assertThat(records).hasSize(3);
            AsyncApiContract contract = AsyncApiContract.load();
            for (ConsumerRecord<String, String> record : records) {
                assertThat(contract.violations("UnitEvent", record.value())).as(record.value()).isEmpty();
                JsonNode event = JSON.readTree(record.value());
                assertThat(event.get("type").asText()).isEqualTo("ir.samt.unit.registered");
                assertThat(event.get("data").get("version").asInt()).isEqualTo(1);
                assertThat(event.get("data").get("previousStatus").isNull()).isTrue();
                assertThat(record.value()).doesNotContain(m).doesNotContain("0076229645");
                // written on the import's writer thread, still inside the request's trace
                assertThat(TopicReader.header(record, "traceparent")).as("traceparent")
                        .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
            }
        }
    }

    /**
     * The test profile writes chunks of 4 rows on 2 writers (application.properties), so this file's
     * 80 rows are 20 chunks committed concurrently, and its second half repeats the first half's
     * externalRefs in reverse order: chunks that insert the same refs in opposite orders at once are
     * the deadlock case, whichever of them PostgreSQL aborts is written again.
     */
    @Test
    void rowsRepeatedInReverseOrderAcrossConcurrentChunksAreStoredAndPublishedOnce() {
        String m = marker();
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= 40; i++) {
            file.append(m).append('-').append(i).append(",GUILD,PRODUCTION_TECHNICAL,کفش دوزی ").append(m)
                    .append(",0076229645,IR-25,قم,,1920,4,,\n");
        }
        for (int i = 40; i >= 1; i--) {
            file.append(m).append('-').append(i).append(",GUILD,PRODUCTION_TECHNICAL,کفش دوزی ").append(m)
                    .append(",0076229645,IR-25,قم,,1920,4,,\n");
        }
        try (TopicReader reader = new TopicReader("samt.units.v1")) {
            csv(QOM_OFFICER, file.toString()).statusCode(200)
                    .body("rows", equalTo(80)).body("imported", equalTo(40))
                    .body("alreadyImported", equalTo(40)).body("rejected", equalTo(0));
            List<String> ids = idsNamed(m);
            assertThat(ids).hasSize(40);
            reader.awaitRecords(r -> ids.contains(r.key()), 40, Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> records = reader.drain(r -> ids.contains(r.key()), Duration.ofSeconds(3));
            assertThat(records).hasSize(40);
            assertThat(records.stream().map(ConsumerRecord::key).distinct()).hasSize(40);
        }
    }

    @Test
    void ndjsonRowsAreReadLineByLineAndABrokenLineIsOnlyThatRowsError() {
        String m = marker();
        String file = "{\"externalRef\":\"" + m + "-1\",\"kind\":\"GUILD\",\"guildGroup\":\"DISTRIBUTION_SERVICES\","
                + "\"name\":\"بقالی " + m + "\",\"nationalId\":\"0076229645\",\"province\":\"IR-25\",\"county\":\"قم\","
                + "\"activityCode\":\"5211\",\"employees\":2}\n"
                + "{\"externalRef\":\"" + m + "-2\",\"kind\":\"GUILD\",\n"
                + "[1,2]\n"
                + "{\"externalRef\":\"" + m + "-4\",\"kind\":\"GUILD\",\"guildGroup\":\"DISTRIBUTION_SERVICES\","
                + "\"name\":{\"fa\":\"x\"},\"nationalId\":\"0076229645\",\"province\":\"IR-25\",\"county\":\"قم\","
                + "\"activityCode\":\"5211\",\"employees\":2}\n"
                + "{\"externalRef\":\"" + m + "-5\",\"kind\":\"GUILD\",\"guildGroup\":\"DISTRIBUTION_SERVICES\","
                + "\"name\":\"عطاری " + m + "\",\"nationalId\":\"0380123452\",\"province\":\"ir-25\",\"county\":\"قم\","
                + "\"activityCode\":\"5231\",\"employees\":\"۷\",\"registeredOn\":\"۱۴۰۲/۰۱/۰۱\"}\n";
        post(QOM_OFFICER, "application/x-ndjson", file).statusCode(200)
                .body("format", equalTo("NDJSON"))
                .body("rows", equalTo(5)).body("imported", equalTo(2)).body("rejected", equalTo(3))
                .body("errors.row", equalTo(List.of(2, 3, 4)))
                .body("errors.field", equalTo(List.of("row", "row", "name")));
        as(READER).queryParam("name", "عطاری " + m).when().get("/units").then()
                .body("items[0].registeredOn", equalTo("2023-03-21")).body("items[0].employees", equalTo(7))
                .body("items[0].province", equalTo("IR-25"));
    }

    @Test
    void aNationalOfficerImportsEveryProvinceAndAProvincialOfficerOnlyTheirs() {
        String m = marker();
        String file = HEADER
                + m + "-1,GUILD,PRODUCTION_TECHNICAL,قم " + m + ",0076229645,IR-25,قم,,1920,4,,\n"
                + m + "-2,GUILD,PRODUCTION_TECHNICAL,تهران " + m + ",0076229645,IR-23,تهران,,1920,4,,\n";
        String tehran = Tokens.of("officer-tehran", "IR-23", "units-officer");
        csv(tehran, file).statusCode(200).body("imported", equalTo(1)).body("errors[0].row", equalTo(1))
                .body("errors[0].field", equalTo("province"));
        csv(NATIONAL_OFFICER, file).statusCode(200).body("imported", equalTo(1)).body("alreadyImported", equalTo(1))
                .body("rejected", equalTo(0));
        assertThat(idsNamed(m)).hasSize(2);
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWholeAndNothingIsStored() {
        String m = marker();
        String row = m + "-1,GUILD,PRODUCTION_TECHNICAL,واحد " + m + ",0076229645,IR-25,قم,,1920,4,,\n";
        csv(QOM_OFFICER, HEADER.replace("nationalId,", "") + row).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("header"));
        csv(QOM_OFFICER, HEADER.replace("nationalId", "nationalID ").replace("county", "shahrestan") + row).statusCode(400)
                .body("errors[0].field", equalTo("header"));
        csv(QOM_OFFICER, "").statusCode(400).body("errors[0].field", equalTo("file"));
        post(QOM_OFFICER, "application/json", "{}").statusCode(415).contentType("application/problem+json");
        csv(READER, HEADER + row).statusCode(403);
        csv(Tokens.of("no-province", null, "units-officer"), HEADER + row).statusCode(403).contentType("application/problem+json");
        given().contentType("text/csv").body(HEADER + row).when().post("/units/import").then().statusCode(401);
        assertThat(idsNamed(m)).isEmpty();
    }

    @Test
    void headerNamesIgnoreCaseAndAByteOrderMarkAndColumnsMayComeInAnyOrder() {
        String m = marker();
        String file = "\uFEFFNAME,ExternalRef,Kind,GuildGroup,NationalId,Province,County,ActivityCode,Employees\r\n"
                + "\"واحد " + m + "\"," + m + "-1,GUILD,PRODUCTION_TECHNICAL,0076229645,IR-25,قم,1920,4\r\n";
        csv(QOM_OFFICER, file).statusCode(200).body("imported", equalTo(1)).body("rejected", equalTo(0));
        assertThat(idsNamed(m)).hasSize(1);
    }

    private static String guildRow(String m, int n, String name) {
        return m + "-" + n + ",GUILD,PRODUCTION_TECHNICAL," + name + ",0076229645,IR-25,قم,,1920,4,,\n";
    }

    /** Waits for {@code count} events of units named with {@code marker}, then checks that no more (no duplicate) follow. */
    private static void assertPublishedOncePerUnit(TopicReader reader, List<String> ids) {
        reader.awaitRecords(r -> ids.contains(r.key()), ids.size(), Duration.ofSeconds(30));
        List<ConsumerRecord<String, String>> records = reader.drain(r -> ids.contains(r.key()), Duration.ofSeconds(3));
        assertThat(records).hasSize(ids.size());
        assertThat(records.stream().map(ConsumerRecord::key).distinct()).hasSize(ids.size());
    }

    /**
     * Issue 12: one NUL in a 3,000-row file used to answer 500 with the chunks before it committed and
     * the rows after it never imported, on every re-send. Scaled down to 30 rows in chunks of 4, the
     * poisoned row 14 in the middle of the chunk of rows 13-16.
     */
    @Test
    void aControlCharacterInOneRowIsThatRowsErrorAndEveryOtherRowIsStoredOnceEvenWhenTheFileIsResent() {
        String m = marker();
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= 30; i++) {
            file.append(guildRow(m, i, (i == 14 ? "کفش\u0000دوزی " : "کفش دوزی ") + m));
        }
        try (TopicReader reader = new TopicReader("samt.units.v1")) {
            for (int attempt = 1; attempt <= 2; attempt++) {
                csv(QOM_OFFICER, file.toString()).statusCode(200)
                        .body("rows", equalTo(30))
                        .body("imported", equalTo(attempt == 1 ? 29 : 0))
                        .body("alreadyImported", equalTo(attempt == 1 ? 0 : 29))
                        .body("rejected", equalTo(1))
                        .body("errors.size()", equalTo(1))
                        .body("errors[0].row", equalTo(14))
                        .body("errors[0].externalRef", equalTo(m + "-14"))
                        .body("errors[0].field", equalTo("name"))
                        .body("errors[0].message", equalTo("must not contain control characters (U+0000 at position 4)"));
            }
            List<String> ids = idsNamed(m);
            assertThat(ids).hasSize(29);
            assertPublishedOncePerUnit(reader, ids);
        }
    }

    @Test
    void ndjsonTextGoesThroughTheSameInputRuleAsJsonBodies() {
        String m = marker();
        String line = "{\"externalRef\":\"%s\",\"kind\":\"GUILD\",\"guildGroup\":\"DISTRIBUTION_SERVICES\",\"name\":\"%s\","
                + "\"nationalId\":\"0076229645\",\"province\":\"IR-25\",\"county\":\"%s\",\"activityCode\":\"5211\","
                + "\"employees\":2,\"registeredOn\":\"%s\"}\n";
        String file = String.format(line, m + "-1", "بقالی " + m, "قم", "1404/01/01")
                + String.format(line, m + "-2", "بقالی\\u0000 " + m, "قم", "1404/01/01")
                + String.format(line, m + "-3", "بقالی " + m, "\\ud800قم", "1404/01/01")
                + String.format(line, m + "-4", "بقالی " + m, "قم", "2025-03-20T21:00:00Z");
        post(QOM_OFFICER, "application/x-ndjson", file).statusCode(200)
                .body("imported", equalTo(1)).body("rejected", equalTo(3))
                .body("errors.row", equalTo(List.of(2, 3, 4)))
                .body("errors.field", equalTo(List.of("name", "county", "registeredOn")))
                .body("errors[1].message", equalTo("must be valid Unicode (an unpaired surrogate at position 1)"))
                .body("errors[2].message", equalTo("must be a date, not a timestamp (ISO 2025-05-10 or Jalali 1404/02/20)"));
    }

    /** {@code @Size(max = 200)} applies to the stored name, from which invisible direction marks are removed. */
    @Test
    void aNamesLengthIsCheckedOnTheFormThatIsStored() {
        String m = marker();
        String fits = m + " " + "ب".repeat(200 - m.length() - 1);
        String file = HEADER + guildRow(m, 1, fits + "\u200F".repeat(10)) + guildRow(m, 2, fits + "ب");
        csv(QOM_OFFICER, file).statusCode(200)
                .body("imported", equalTo(1)).body("rejected", equalTo(1))
                .body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo("name"));
        as(READER).queryParam("name", m).when().get("/units").then().body("items[0].name", equalTo(fits));
    }

    /**
     * A value that passes every check in Java but that PostgreSQL refuses: the test plants a check
     * constraint only the database knows (as a rule added by a later migration, or a trigger, would
     * be). Row 6 is in the chunk of rows 5-8: its chunk is written again in halves so rows 5, 7 and 8 land.
     */
    @Test
    void aRowOnlyTheDatabaseRefusesIsThatRowsErrorAndItsNeighboursAreStoredAndPublishedOnce() throws Exception {
        String m = marker();
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= 9; i++) {
            file.append(guildRow(m, i, (i == 6 ? "ردشده-" : "کفش دوزی ") + m));
        }
        String constraint = "test_only_database_refuses_" + m.replaceAll("[^A-Za-z0-9]", "").toLowerCase();
        try (Connection ddl = dataSource.getConnection(); java.sql.Statement statement = ddl.createStatement()) {
            statement.execute("ALTER TABLE unit ADD CONSTRAINT " + constraint + " CHECK (name <> 'ردشده-" + m + "') NOT VALID");
        }
        try (TopicReader reader = new TopicReader("samt.units.v1")) {
            for (int attempt = 1; attempt <= 2; attempt++) {
                csv(QOM_OFFICER, file.toString()).statusCode(200)
                        .body("rows", equalTo(9))
                        .body("imported", equalTo(attempt == 1 ? 8 : 0))
                        .body("alreadyImported", equalTo(attempt == 1 ? 0 : 8))
                        .body("rejected", equalTo(1))
                        .body("errors.size()", equalTo(1))
                        .body("errors[0].row", equalTo(6))
                        .body("errors[0].externalRef", equalTo(m + "-6"))
                        .body("errors[0].message", startsWith("passed every check but the database refused to store it: "));
            }
            List<String> ids = idsNamed(m);
            assertThat(ids).hasSize(8);
            assertPublishedOncePerUnit(reader, ids);
        } finally {
            try (Connection ddl = dataSource.getConnection(); java.sql.Statement statement = ddl.createStatement()) {
                statement.execute("ALTER TABLE unit DROP CONSTRAINT " + constraint);
            }
        }
    }

    /** Posts with the JDK's client, which (unlike RestAssured) sends no Content-Type unless given one and checks no charset. */
    private HttpResponse<String> postRaw(String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(importUrl.toURI()).header("Authorization", "Bearer " + QOM_OFFICER)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A unit with row 6's externalRef is registered by someone else while the import runs: held
     * uncommitted here until the import's insert waits on it, then committed. The unique key decides,
     * as it does for a re-import: row 6 counts as already imported (not stored twice, no event, not
     * updated) and its neighbours are stored; the race costs neither a 500 nor a lost chunk.
     */
    @Test
    void aUnitRegisteredConcurrentlyWithTheSameExternalRefIsAlreadyImportedAndItsNeighboursAreStored() throws Exception {
        String m = marker();
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= 9; i++) {
            file.append(guildRow(m, i, "کفش دوزی " + m));
        }
        try (TopicReader reader = new TopicReader("samt.units.v1"); Connection competitor = dataSource.getConnection()) {
            competitor.setAutoCommit(false);
            try (PreparedStatement insert = competitor.prepareStatement("""
                    INSERT INTO unit (id, external_ref, kind, guild_group, name, name_key, holder_id, holder_id_kind, province,
                                      county, activity_code, sector, employees, status, registered_on, status_since,
                                      created_at, updated_at, version)
                    VALUES (?, ?, 'GUILD', 'PRODUCTION_TECHNICAL', 'رقیب', 'رقیب', '0076229645', 'NATIONAL_CODE', 'IR-25',
                            'قم', '1920', 'D', 4, 'ACTIVE', current_date, current_date, now(), now(), 0)""")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, m + "-6");
                insert.executeUpdate();
            }
            CompletableFuture<io.restassured.response.Response> importing = CompletableFuture
                    .supplyAsync(() -> csv(QOM_OFFICER, file.toString()).extract().response());
            await().atMost(Duration.ofSeconds(30)).until(this::anInsertIntoUnitWaitsOnALock);
            competitor.commit();

            importing.get(30, TimeUnit.SECONDS).then().statusCode(200)
                    .body("rows", equalTo(9)).body("imported", equalTo(8)).body("alreadyImported", equalTo(1))
                    .body("rejected", equalTo(0));
            List<String> ids = idsNamed(m);
            assertThat(ids).hasSize(8);
            assertPublishedOncePerUnit(reader, ids);
        }
    }

    /** Whether another session's INSERT INTO unit is waiting for a lock (the competitor's uncommitted key). */
    private boolean anInsertIntoUnitWaitsOnALock() throws SQLException {
        try (Connection probe = dataSource.getConnection();
                PreparedStatement waiting = probe.prepareStatement("""
                        SELECT count(*) FROM pg_stat_activity
                        WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO unit %'""");
                ResultSet rs = waiting.executeQuery()) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /**
     * Writes through the real {@link ImportWriter} (in a transaction of its own, as the bean's
     * {@code @Transactional} would) until {@code writesBeforeOutage} chunks are written, then fails
     * like a database that refuses connections, until {@link #databaseBack}.
     */
    static final class WriterWithOutage extends ImportWriter {
        private final ImportWriter real = new ImportWriter();
        private final AtomicInteger writesLeft;

        WriterWithOutage(DataSource dataSource, Outbox outbox, int writesBeforeOutage) {
            real.dataSource = dataSource;
            real.outbox = outbox;
            writesLeft = new AtomicInteger(writesBeforeOutage);
        }

        void databaseBack() {
            writesLeft.set(Integer.MAX_VALUE);
        }

        @Override
        public int write(List<UnitDraft> drafts, String actor, OffsetDateTime now) {
            if (writesLeft.getAndDecrement() <= 0) {
                throw new IllegalStateException("Could not write imported units",
                        new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
            }
            return QuarkusTransaction.requiringNew().call(() -> real.write(drafts, actor, now));
        }
    }

    @Inject
    DataSource dataSource;

    @Inject
    Outbox outbox;

    @Test
    void anOutageMidImportAnswers503AndResendingTheFileCompletesItWithEveryUnitPublishedOnce() {
        String m = marker();
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= 20; i++) {
            file.append(guildRow(m, i, "کفش دوزی " + m));
        }
        WriterWithOutage writer = new WriterWithOutage(dataSource, outbox, 1);
        QuarkusMock.installMockForType(writer, ImportWriter.class);
        try (TopicReader reader = new TopicReader("samt.units.v1")) {
            csv(QOM_OFFICER, file.toString()).statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5").body("type", endsWith("/database-unavailable"));
            assertThat(idsNamed(m)).hasSize(4); // the one chunk committed before the outage stays

            writer.databaseBack();
            csv(QOM_OFFICER, file.toString()).statusCode(200)
                    .body("imported", equalTo(16)).body("alreadyImported", equalTo(4)).body("rejected", equalTo(0));
            List<String> ids = idsNamed(m);
            assertThat(ids).hasSize(20);
            assertPublishedOncePerUnit(reader, ids);
        }
    }

    @Test
    void aBodyWithoutAContentTypeOrInAnUnknownCharsetOrFormatIsRefusedWith415() throws Exception {
        String m = marker();
        byte[] file = (HEADER + guildRow(m, 1, "واحد " + m)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> none = postRaw(null, file);
        assertThat(none.statusCode()).isEqualTo(415);
        assertThat(none.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(none.body()).get("detail").asText())
                .isEqualTo("A Content-Type is required: text/csv or application/x-ndjson");

        HttpResponse<String> unknownCharset = postRaw("text/csv; charset=no-such-charset", file);
        assertThat(unknownCharset.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(unknownCharset.body()).get("detail").asText())
                .isEqualTo("charset no-such-charset is not accepted; send UTF-8 (or windows-1256)");
        // Persian in UTF-8 labelled Latin-1 (some clients add that to every text/* type) would be stored as mojibake
        assertThat(postRaw("text/csv; charset=ISO-8859-1", file).statusCode()).isEqualTo(415);

        assertThat(postRaw("text/plain", file).statusCode()).isEqualTo(415);
        assertThat(idsNamed(m)).isEmpty();
    }

    /** Registries exported on Windows are often in windows-1256, with Arabic kaf and yeh: stored in Persian letters. */
    @Test
    void aFileInTheCharsetItDeclaresIsReadInThatCharsetAndBytesThatAreNotTextEndItWithAReport() {
        String m = marker();
        String arabicLetters = "\u0643\u0641\u0634 \u062F\u0648\u0632\u064A " + m;
        given().auth().oauth2(QOM_OFFICER).contentType("text/csv; charset=windows-1256")
                .body((HEADER + guildRow(m, 1, arabicLetters)).getBytes(Charset.forName("windows-1256")))
                .when().post("/units/import").then().statusCode(200).body("imported", equalTo(1));
        as(READER).queryParam("name", m).when().get("/units").then().body("items[0].name", equalTo("کفش دوزی " + m));

        byte[] good = (HEADER + guildRow(m, 2, "واحد " + m)).getBytes(StandardCharsets.UTF_8);
        byte[] broken = (m + "-3,GUILD,PRODUCTION_TECHNICAL,واحد ?").getBytes(StandardCharsets.UTF_8);
        broken[broken.length - 1] = (byte) 0xFF; // never valid in UTF-8
        byte[] after = (",0076229645,IR-25,قم,,1920,4,,\n" + guildRow(m, 4, "واحد " + m)).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(good);
        body.writeBytes(broken);
        body.writeBytes(after);
        given().auth().oauth2(QOM_OFFICER).contentType("text/csv; charset=UTF-8").body(body.toByteArray())
                .when().post("/units/import").then()
                .statusCode(200)
                .body("rows", equalTo(2)).body("imported", equalTo(1)).body("rejected", equalTo(1))
                .body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo("row"))
                .body("errors[0].message", containsString("not valid text in the file's charset"));
        assertThat(idsNamed(m)).hasSize(2);
    }

    @Test
    void anOversizedRecordIsThatRowsErrorAndTheRecordsAfterItAreImported() {
        String m = marker();
        // fields each within the field cap, the record over the record cap, quotes and line breaks inside
        String manyFields = "\"ب,\"\"\n\",".repeat(12_000) + "x";
        String file = HEADER + guildRow(m, 1, "واحد " + m) + guildRow(m, 2, manyFields) + guildRow(m, 3, "واحد " + m);
        csv(QOM_OFFICER, file).statusCode(200)
                .body("rows", equalTo(3)).body("imported", equalTo(2)).body("rejected", equalTo(1))
                .body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo("row"))
                .body("errors[0].message", equalTo("is longer than 65,536 characters; it was skipped"));

        String line = "{\"externalRef\":\"%s\",\"kind\":\"GUILD\",\"guildGroup\":\"DISTRIBUTION_SERVICES\",\"name\":\"%s\","
                + "\"nationalId\":\"0076229645\",\"province\":\"IR-25\",\"county\":\"قم\",\"activityCode\":\"5211\",\"employees\":2}\n";
        String ndjson = String.format(line, m + "-4", "x".repeat(70_000)) + String.format(line, m + "-5", "x".repeat(9_000))
                + String.format(line, m + "-6", "واحد " + m);
        post(QOM_OFFICER, "application/x-ndjson", ndjson).statusCode(200)
                .body("imported", equalTo(1)).body("rejected", equalTo(2))
                .body("errors[0].row", equalTo(1)).body("errors[0].field", equalTo("row"))
                .body("errors[0].message", equalTo("is longer than 65,536 characters; it was skipped"))
                .body("errors[1].row", equalTo(2)).body("errors[1].field", equalTo("name"))
                .body("errors[1].message", equalTo("is longer than 8,192 characters"));
        assertThat(idsNamed(m)).hasSize(3);
    }

    /**
     * A CSV field over the field cap stops the parser inside it, so the records after it cannot be
     * found: the rows before it are imported and the report names the row and the field. Two megabytes
     * of one field are read only up to the cap, whatever follows.
     */
    @Test
    void aCsvFieldOverTheFieldCapIsTheLastRowsErrorNamingTheField() {
        String m = marker();
        String file = HEADER + guildRow(m, 1, "واحد " + m) + guildRow(m, 2, "ب".repeat(2_000_000)) + guildRow(m, 3, "واحد " + m);
        csv(QOM_OFFICER, file).statusCode(200)
                .body("rows", equalTo(2)).body("imported", equalTo(1)).body("rejected", equalTo(1))
                .body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo("name"))
                .body("errors[0].message", startsWith("is longer than 8,192 characters, so nothing after it was read"));
        assertThat(idsNamed(m)).hasSize(1);
    }

    /**
     * RFC 4180 reads everything after a quote that is never closed as one field, so the rows after it
     * cannot be told apart; the import stores the rows before it and reports where the quote opened,
     * whether the rest of the file is short or far longer than a field may be.
     */
    @Test
    void anUnclosedQuoteEndsTheImportWithAReportNamingTheRecordWhereItOpened() {
        String m = marker();
        String before = HEADER + guildRow(m, 1, "واحد " + m) + guildRow(m, 2, "واحد " + m);
        String unclosed = m + "-3,GUILD,PRODUCTION_TECHNICAL,\"واحد " + m + ",0076229645,IR-25,قم,,1920,4,,\n";
        csv(QOM_OFFICER, before + unclosed + guildRow(m, 4, "واحد " + m)).statusCode(200)
                .body("rows", equalTo(3)).body("imported", equalTo(2)).body("rejected", equalTo(1))
                .body("errors[0].row", equalTo(3)).body("errors[0].field", equalTo("row"))
                .body("errors[0].message", containsString("not closed before the end of the file"));

        // megabytes after the quote: the field it opened reaches the field cap long before the end
        StringBuilder longTail = new StringBuilder(before).append(unclosed);
        for (int i = 5; i < 20_000; i++) {
            longTail.append(guildRow(m, i, "واحد " + m));
        }
        csv(QOM_OFFICER, longTail.toString()).statusCode(200)
                .body("rows", equalTo(3)).body("alreadyImported", equalTo(2)).body("rejected", equalTo(1))
                .body("errors[0].row", equalTo(3)).body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("a quote that is never closed makes the rest of the file one field"));
        assertThat(idsNamed(m)).hasSize(2);
    }

    @Test
    void anImportSentWithAnImportIdReportsItsCountsAtItsJobAndOnlyToOfficers() {
        String m = marker();
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= 9; i++) {
            file.append(guildRow(m, i, "کفش دوزی " + m));
        }
        String id = UUID.randomUUID().toString();
        given().auth().oauth2(QOM_OFFICER).header("Import-Id", id).contentType("text/csv; charset=UTF-8")
                .body(file.toString().getBytes(StandardCharsets.UTF_8)).when().post("/units/import").then()
                .statusCode(200).body("imported", equalTo(9));
        given().auth().oauth2(QOM_OFFICER).when().get("/units/import/jobs/" + id).then().statusCode(200)
                .body("state", equalTo("DONE")).body("kind", equalTo("units")).body("format", equalTo("CSV"))
                .body("rowsRead", equalTo(9)).body("stored", equalTo(9)).body("refused", equalTo(0));
        given().auth().oauth2(READER).when().get("/units/import/jobs/" + id).then().statusCode(403);
        // another service's job is not this one's
        given().auth().oauth2(QOM_OFFICER).when().get("/units/import/jobs/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theCountOfImportedUnitsIsExposedAsAMetric() {
        String m = marker();
        csv(QOM_OFFICER, HEADER + m + "-1,GUILD,PRODUCTION_TECHNICAL,واحد " + m + ",0076229645,IR-25,قم,,1920,4,,\n")
                .statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("samt_units_imported_total"));
    }
}
