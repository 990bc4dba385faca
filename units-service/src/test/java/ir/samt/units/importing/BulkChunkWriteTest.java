package ir.samt.units.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import ir.samt.platform.ids.HolderId;
import ir.samt.platform.ids.TimeOrderedIds;
import ir.samt.platform.testing.AsyncApiContract;
import ir.samt.platform.testing.TopicReader;
import ir.samt.units.unit.GuildGroup;
import ir.samt.units.unit.UnitDraft;
import ir.samt.units.unit.UnitKind;

/**
 * {@link ImportWriter} with a chunk as large as production's (the test profile imports in chunks of 4, under the
 * outbox's COPY threshold): the units are streamed through the staging table, their events and history entries by
 * COPY. Text that COPY's text format must escape (backslash, tab, newline) arrives unchanged in the unit row and,
 * JSON-escaped, in the event; each history entry names the event that announced it; and writing the same chunk
 * again stores and publishes nothing.
 */
@QuarkusTest
class BulkChunkWriteTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int UNITS = 60;

    @Inject
    ImportWriter writer;

    @Inject
    DataSource dataSource;

    private static List<UnitDraft> chunk(String m) {
        List<UnitDraft> drafts = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            String name = "کفش دوزی " + m + (i == 7 ? " back\\slash\ttab\nline \\N" : " " + i);
            String county = i == 7 ? "قم \\ \"کهک\"\t" : "قم";
            drafts.add(new UnitDraft(TimeOrderedIds.next(), m + "-" + i, UnitKind.GUILD, GuildGroup.PRODUCTION_TECHNICAL, name,
                    name, "0076229645", HolderId.Kind.NATIONAL_CODE, "IR-25", county, null, "1920", "19", 1 + i % 5, null,
                    LocalDate.of(2025, 1, 1).plusDays(i)));
        }
        return drafts;
    }

    @Test
    void aChunkOverTheCopyThresholdIsStoredExactlyWithOneEventAndOneHistoryEntryPerUnitAndWritingItAgainChangesNothing()
            throws Exception {
        String m = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<UnitDraft> drafts = chunk(m);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (TopicReader reader = new TopicReader("samt.units.v1")) {
            assertThat(writer.write(drafts, "bulk-test", now)).isEqualTo(UNITS);

            Map<String, UUID> eventOfUnit = new HashMap<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("""
                    SELECT u.id, u.name, u.county, u.employees, u.registered_on, h.event_id, h.actor, h.change, h.effective_date
                    FROM unit u JOIN unit_change h ON h.unit_id = u.id WHERE u.external_ref LIKE ? ORDER BY u.external_ref""")) {
                q.setString(1, m + "-%");
                try (ResultSet rs = q.executeQuery()) {
                    Map<UUID, UnitDraft> byId = new HashMap<>();
                    drafts.forEach(d -> byId.put(d.id(), d));
                    int rows = 0;
                    while (rs.next()) {
                        rows++;
                        UnitDraft d = byId.get(rs.getObject("id", UUID.class));
                        assertThat(rs.getString("name")).isEqualTo(d.name());
                        assertThat(rs.getString("county")).isEqualTo(d.county());
                        assertThat(rs.getInt("employees")).isEqualTo(d.employees());
                        assertThat(rs.getObject("registered_on", LocalDate.class)).isEqualTo(d.registeredOn());
                        assertThat(rs.getObject("effective_date", LocalDate.class)).isEqualTo(d.registeredOn());
                        assertThat(rs.getString("actor")).isEqualTo("bulk-test");
                        assertThat(rs.getString("change")).isEqualTo("REGISTERED");
                        eventOfUnit.put(d.id().toString(), rs.getObject("event_id", UUID.class));
                    }
                    assertThat(rows).as("one history entry per unit").isEqualTo(UNITS);
                }
            }

            reader.awaitRecords(r -> eventOfUnit.containsKey(r.key()), UNITS, Duration.ofSeconds(30));
            assertThat(writer.write(drafts, "bulk-test", now)).as("the same chunk again").isZero();
            List<ConsumerRecord<String, String>> records = reader.drain(r -> eventOfUnit.containsKey(r.key()), Duration.ofSeconds(3));
            assertThat(records).hasSize(UNITS);
            AsyncApiContract contract = AsyncApiContract.load();
            for (ConsumerRecord<String, String> record : records) {
                assertThat(contract.violations("UnitEvent", record.value())).as(record.value()).isEmpty();
                JsonNode event = JSON.readTree(record.value());
                assertThat(UUID.fromString(event.get("id").asText())).as("the history entry's event")
                        .isEqualTo(eventOfUnit.get(record.key()));
                UnitDraft d = drafts.stream().filter(x -> x.id().toString().equals(record.key())).findFirst().orElseThrow();
                assertThat(event.get("data").get("county").asText()).isEqualTo(d.county());
                assertThat(event.get("data").get("employees").asInt()).isEqualTo(d.employees());
            }
        }
    }
}
