package ir.samt.units.events;

import static io.restassured.RestAssured.given;
import static ir.samt.units.unit.UnitRequests.QOM_OFFICER;
import static ir.samt.units.unit.UnitRequests.READER;
import static ir.samt.units.unit.UnitRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import ir.samt.platform.testing.TopicReader;

/**
 * The outbox is a queue: once the relay has published and deleted a bulk import's events, the table's
 * file goes back to nothing instead of keeping every deleted row's space (767 MB after a million units).
 */
@QuarkusTest
@TestProfile(OutboxSpaceTest.OwnStart.class)
class OutboxSpaceTest {

    /**
     * A start of its own, with the truncation threshold lowered to 64 kB (16 MB by default) so a test-sized
     * import crosses it. The truncation used to count deletions since the last one and reset at every
     * truncate, so a relay that caught up mid-import truncated early and then left the rest of the import's
     * space behind (failed in CI at 245,760 bytes); a size threshold cannot miss it.
     */
    public static class OwnStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("samt.outbox.relay.reclaim-above", "64K", "samt.units.import.analyze-after-rows", "10000");
        }
    }

    /** An import whose outbox rows fill far more than samt.outbox.relay.reclaim-above (64 kB here, 16 MB by default). */
    private static final int UNITS = 12_000;

    @Inject
    DataSource dataSource;

    @Test
    void anImportsOutboxSpaceGoesBackOnceTheRelayHasPublishedEveryEvent() throws Exception {
        String m = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        StringBuilder file = new StringBuilder(
                "externalRef,kind,guildGroup,name,nationalId,province,county,estateCode,activityCode,employees,licenceNumber,registeredOn\n");
        for (int i = 1; i <= UNITS; i++) {
            file.append(m).append('-').append(i).append(",GUILD,PRODUCTION_TECHNICAL,عطاری ").append(m)
                    .append(",0076229645,IR-25,قم,,1920,4,,\n");
        }
        try (TopicReader reader = new TopicReader("samt.units.v1")) {
            given().auth().oauth2(QOM_OFFICER).contentType("text/csv; charset=UTF-8")
                    .body(file.toString().getBytes(StandardCharsets.UTF_8)).when().post("/units/import")
                    .then().statusCode(200).body("imported", equalTo(UNITS));

            // planned for the table as it is now, not as autovacuum last saw it
            assertThat(query("SELECT count(*) FROM pg_stat_user_tables WHERE relname = 'unit' AND last_analyze > now() - interval '1 minute'"))
                    .as("unit analysed right after an import of 12,000 units (analyze-after-rows 10,000)").isEqualTo(1);
            Set<String> ids = idsNamed(m);
            assertThat(ids).hasSize(UNITS);
            assertThat(reader.awaitRecords(r -> ids.contains(r.key()), UNITS, Duration.ofSeconds(60))).hasSize(UNITS);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(
                    () -> assertThat(query("SELECT count(*) FROM outbox_event")).isZero());
            // truncated at the last quiet round above the threshold: below it whatever the relay caught up with mid-import
            await().atMost(Duration.ofSeconds(30)).untilAsserted(
                    () -> assertThat(query("SELECT pg_relation_size('outbox_event')"))
                            .as("the outbox was not truncated; sessions holding a lock on it: %s", lockHolders())
                            .isLessThan(64 * 1024));
            assertThat(reader.drain(r -> ids.contains(r.key()), Duration.ofSeconds(2))).hasSize(UNITS); // none twice
        }
    }

    /** Every unit named with {@code marker}, page after page through the search's cursor. */
    private static Set<String> idsNamed(String marker) {
        Set<String> ids = new HashSet<>();
        String cursor = null;
        do {
            var request = as(READER).queryParam("name", marker).queryParam("size", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/units").then().statusCode(200).extract();
            ids.addAll(page.<List<String>>path("items.id"));
            cursor = page.path("next");
        } while (cursor != null);
        return ids;
    }

    /** Who keeps the relay from truncating: every other session with a lock on outbox_event, and what it runs. */
    private List<String> lockHolders() throws SQLException {
        List<String> holders = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        SELECT a.pid, l.mode, l.granted, a.state, a.application_name, left(a.query, 120)
                        FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                        WHERE l.relation = 'outbox_event'::regclass AND a.pid <> pg_backend_pid()""")) {
            while (rs.next()) {
                holders.add(rs.getInt(1) + " " + rs.getString(2) + (rs.getBoolean(3) ? "" : " (waiting)") + " "
                        + rs.getString(4) + " [" + rs.getString(5) + "] " + rs.getString(6));
            }
        }
        return holders;
    }

    private long query(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
