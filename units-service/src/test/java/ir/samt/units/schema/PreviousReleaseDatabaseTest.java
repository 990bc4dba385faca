package ir.samt.units.schema;

import static ir.samt.units.unit.UnitRequests.READER;
import static ir.samt.units.unit.UnitRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import ir.samt.platform.testing.JwtKeysResource;
import ir.samt.platform.testing.KafkaBrokerResource;
import ir.samt.platform.testing.PostgresDatabaseResource;
import ir.samt.platform.testing.Tokens;
import ir.samt.platform.testing.TopicReader;
import ir.samt.units.reference.ReferenceEstates;

/**
 * The service started on a database that the previous release migrated and used ({@link PreviousLayout}:
 * the platform's versions in the service's history, the retired V2's Qom estates and their events still
 * in the outbox, a unit and a stored idempotent response): it starts with the platform's history of its
 * own, runs no migration a second time, serves and publishes what was there, and the operator's
 * reference file, loaded as on any deployment, registers none of Qom's estates a second time.
 */
@QuarkusTest
@TestProfile(PreviousReleaseDatabaseTest.OnThePreviousReleasesDatabase.class)
class PreviousReleaseDatabaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNIT_ID = "5f0c7a52-3c1b-4d0e-9a51-0d6a2f1e8b11";

    @TestHTTPResource("/")
    URL baseUrl;

    /** This test's own database and nothing of the module's shared test database. */
    public static class OnThePreviousReleasesDatabase implements QuarkusTestProfile {
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaBrokerResource.class), new TestResourceEntry(JwtKeysResource.class),
                    new TestResourceEntry(PreviousReleaseDatabase.class));
        }
    }

    /** Builds the previous release's database before the service starts, and notes what it held. */
    public static class PreviousReleaseDatabase implements QuarkusTestResourceLifecycleManager {
        static Map<String, String> settings;
        static List<String> platformRowsBefore;
        static List<String> serviceRowsBefore;
        static List<String> pendingEventIds;

        @Override
        public Map<String, String> start() {
            PostgresDatabaseResource database = new PostgresDatabaseResource();
            database.init(Map.of("database", "units_previous_release_test"));
            settings = database.start();
            try {
                PreviousLayout.build(url(), user(), password(), true);
                execute("""
                        INSERT INTO unit (id, external_ref, kind, guild_group, name, name_key, holder_id, holder_id_kind,
                                          province, county, estate_code, activity_code, sector, employees, status,
                                          registered_on, status_since, created_at, updated_at, version)
                        VALUES ('%s', 'PREVIOUS-1', 'INDUSTRIAL', NULL, 'شرکت پیشین', 'شرکت پیشین', '10380284790',
                                'LEGAL_ENTITY_ID', 'IR-25', 'قم', 'IR-25-T05', '2930', '29', 40, 'ACTIVE', '2024-01-01',
                                '2024-01-01', now(), now(), 0)""".formatted(UNIT_ID));
                execute("INSERT INTO idempotency_key (scope, idempotency_key, request_hash, response_status) "
                        + "VALUES ('officer POST /estates', 'previous-key', 'hash', 201)");
                platformRowsBefore = query("SELECT version || '|' || checksum || '|' || installed_on FROM flyway_schema_history "
                        + "WHERE version LIKE '0.%' ORDER BY installed_rank");
                serviceRowsBefore = query("SELECT installed_rank || '|' || version || '|' || checksum || '|' || installed_on "
                        + "FROM flyway_schema_history WHERE version NOT LIKE '0.%' ORDER BY installed_rank");
                pendingEventIds = query("SELECT id::text FROM outbox_event ORDER BY seq");
            } catch (Exception e) {
                throw new IllegalStateException("Could not build the previous release's database", e);
            }
            return settings;
        }

        @Override
        public void stop() {
        }
    }

    @Test
    void thePlatformsVersionsMovedToTheirOwnHistoryAndNoMigrationRanAgain() throws Exception {
        assertThat(PreviousReleaseDatabase.platformRowsBefore).hasSize(3);
        // the previous release's platform rows as they were, then this release's platform migrations
        assertThat(query("SELECT version || '|' || checksum || '|' || installed_on FROM samt_platform_schema_history "
                + "ORDER BY installed_rank")).startsWith(PreviousReleaseDatabase.platformRowsBefore.toArray(String[]::new));
        assertThat(query("SELECT version FROM samt_platform_schema_history ORDER BY installed_rank"))
                .containsExactly("0.1", "0.2", "0.3", "0.4", "0.5");
        // the service's rows as they were, but for the emptied V2's checksum; then this release's migrations
        List<String> expected = PreviousReleaseDatabase.serviceRowsBefore.stream()
                .map(row -> row.replace("|2|" + RetiredQomSeed.SEED_CHECKSUM + "|", "|2|" + RetiredQomSeed.RETIRED_CHECKSUM + "|"))
                .toList();
        assertThat(PreviousReleaseDatabase.serviceRowsBefore).anyMatch(row -> row.contains("|2|" + RetiredQomSeed.SEED_CHECKSUM + "|"));
        List<String> service = query("SELECT installed_rank || '|' || version || '|' || checksum || '|' || installed_on "
                + "FROM flyway_schema_history ORDER BY installed_rank");
        assertThat(service).startsWith(expected.toArray(String[]::new));
        assertThat(query("SELECT version FROM flyway_schema_history ORDER BY installed_rank")).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(query("SELECT count(*) FROM idempotency_key WHERE idempotency_key = 'previous-key'")).containsExactly("1");
    }

    @Test
    void theEstatesAndUnitsOfThePreviousReleaseAreServedAndTheirWaitingEventsPublishedOnce() throws Exception {
        as(READER).queryParam("province", "IR-25").when().get("/estates").then().statusCode(200).body("$", hasSize(11))
                .body("establishedOn", everyItem(nullValue()));
        as(READER).when().get("/units/" + UNIT_ID).then().statusCode(200).body("estateCode", equalTo("IR-25-T05"));

        List<String> ids = PreviousReleaseDatabase.pendingEventIds;
        assertThat(ids).hasSize(11);
        try (TopicReader reader = new TopicReader("samt.units.v1")) {
            reader.awaitRecords(r -> ids.contains(eventId(r)), ids.size(), Duration.ofSeconds(60));
            List<ConsumerRecord<String, String>> published = reader.drain(r -> ids.contains(eventId(r)), Duration.ofSeconds(3));
            assertThat(published).extracting(PreviousReleaseDatabaseTest::eventId).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    /** What an operator does after upgrading: loads the reference file as on any deployment; nothing is registered twice. */
    @Test
    void theReferenceFileLoadedAfterTheUpgradeRegistersNothingAndAnnouncesNothing() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", Path.of("..", "deploy", "reference", "load-estates.sh").toString(),
                ReferenceEstates.QOM.toString()).redirectErrorStream(true);
        builder.environment().put("UNITS_URL", baseUrl.toString().replaceAll("/$", ""));
        builder.environment().put("TOKEN", Tokens.of("operator", "IR-25", "units-officer"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).endsWith("0 registered, 11 already registered, 0 refused");

        assertThat(query("SELECT count(*) FROM estate")).containsExactly("11");
        // every outbox row ever written (published ones are deleted) took a number: still only V2's eleven
        assertThat(query("SELECT last_value FROM outbox_event_seq_seq")).containsExactly("11");
    }

    private static String eventId(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value()).path("id").asText();
        } catch (Exception e) {
            return "";
        }
    }

    private static String url() {
        return PreviousReleaseDatabase.settings.get("quarkus.datasource.jdbc.url");
    }

    private static String user() {
        return PreviousReleaseDatabase.settings.get("quarkus.datasource.username");
    }

    private static String password() {
        return PreviousReleaseDatabase.settings.get("quarkus.datasource.password");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), user(), password()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url(), user(), password()); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
