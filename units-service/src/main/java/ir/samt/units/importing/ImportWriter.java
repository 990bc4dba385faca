package ir.samt.units.importing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ir.samt.platform.cloudevents.CloudEvent;
import ir.samt.platform.outbox.Outbox;
import ir.samt.units.unit.UnitDraft;
import ir.samt.units.unit.UnitEvents;
import ir.samt.units.unit.UnitStatus;

/**
 * Writes one chunk of validated units in one transaction: one multi-row INSERT (rows whose
 * externalRef is already registered are skipped by the database), then one outbox event and one
 * history entry for each unit actually inserted — so a re-import writes and publishes nothing.
 */
@ApplicationScoped
public class ImportWriter {

    private static final String INSERT_UNITS = """
            INSERT INTO unit (id, external_ref, kind, guild_group, name, name_key, holder_id, holder_id_kind, province,
                              county, estate_code, activity_code, sector, employees, licence_number, status,
                              registered_on, status_since, created_at, updated_at, version)
            SELECT r.id::uuid, r.external_ref, r.kind, r.guild_group, r.name, r.name_key, r.holder_id, r.holder_id_kind,
                   r.province, r.county, r.estate_code, r.activity_code, r.sector, r.employees::int, r.licence_number,
                   'ACTIVE', r.registered_on::date, r.registered_on::date, ?::timestamptz, ?::timestamptz, 0
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 AS r(id, external_ref, kind, guild_group, name, name_key, holder_id, holder_id_kind, province, county,
                      estate_code, activity_code, sector, employees, licence_number, registered_on)
            ON CONFLICT (external_ref) DO NOTHING
            RETURNING id""";

    private static final String INSERT_HISTORY = """
            INSERT INTO unit_change (unit_id, version, change, status, effective_date, actor, at, event_id)
            SELECT r.unit_id::uuid, 1, 'REGISTERED', 'ACTIVE', r.effective_date::date, ?, ?::timestamptz, r.event_id::uuid
            FROM unnest(?::text[], ?::text[], ?::text[]) AS r(unit_id, effective_date, event_id)""";

    @Inject
    DataSource dataSource;

    @Inject
    Outbox outbox;

    /** @return how many of {@code drafts} were inserted (the rest were already registered) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int write(List<UnitDraft> drafts, String actor, OffsetDateTime now) {
        try (Connection connection = dataSource.getConnection()) {
            Set<UUID> inserted = insertUnits(connection, drafts, now);
            if (inserted.isEmpty()) {
                return 0;
            }
            List<UnitDraft> registered = drafts.stream().filter(d -> inserted.contains(d.id())).toList();
            List<Outbox.PendingEvent> events = new ArrayList<>(registered.size());
            for (UnitDraft d : registered) {
                events.add(new Outbox.PendingEvent(UnitEvents.AGGREGATE, d.id().toString(), UnitEvents.REGISTERED, now,
                        UnitEvents.data(d.id(), d.kind(), d.guildGroup(), d.province(), d.county(), d.estateCode(),
                                d.activityCode(), d.sector(), d.employees(), d.licenceNumber(), UnitStatus.ACTIVE, null, 1,
                                d.registeredOn())));
            }
            List<CloudEvent> written = outbox.publishAll(events);
            insertHistory(connection, registered, written, actor, now);
            return registered.size();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write imported units", e);
        }
    }

    private static Set<UUID> insertUnits(Connection connection, List<UnitDraft> drafts, OffsetDateTime now) throws SQLException {
        int n = drafts.size();
        String[][] columns = new String[16][n];
        for (int i = 0; i < n; i++) {
            UnitDraft d = drafts.get(i);
            columns[0][i] = d.id().toString();
            columns[1][i] = d.externalRef();
            columns[2][i] = d.kind().name();
            columns[3][i] = d.guildGroup() == null ? null : d.guildGroup().name();
            columns[4][i] = d.name();
            columns[5][i] = d.nameKey();
            columns[6][i] = d.holderId();
            columns[7][i] = d.holderIdKind().name();
            columns[8][i] = d.province();
            columns[9][i] = d.county();
            columns[10][i] = d.estateCode();
            columns[11][i] = d.activityCode();
            columns[12][i] = d.sector();
            columns[13][i] = Integer.toString(d.employees());
            columns[14][i] = d.licenceNumber();
            columns[15][i] = d.registeredOn().toString();
        }
        Set<UUID> inserted = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_UNITS)) {
            insert.setString(1, now.toString());
            insert.setString(2, now.toString());
            for (int c = 0; c < columns.length; c++) {
                insert.setArray(3 + c, textArray(connection, columns[c]));
            }
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    inserted.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return inserted;
    }

    private static void insertHistory(Connection connection, List<UnitDraft> registered, List<CloudEvent> events, String actor,
            OffsetDateTime now) throws SQLException {
        int n = registered.size();
        String[] ids = new String[n];
        String[] dates = new String[n];
        String[] eventIds = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = registered.get(i).id().toString();
            dates[i] = registered.get(i).registeredOn().toString();
            eventIds[i] = events.get(i).id().toString();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_HISTORY)) {
            insert.setString(1, actor);
            insert.setString(2, now.toString());
            insert.setArray(3, textArray(connection, ids));
            insert.setArray(4, textArray(connection, dates));
            insert.setArray(5, textArray(connection, eventIds));
            insert.executeUpdate();
        }
    }

    private static Array textArray(Connection connection, String[] values) throws SQLException {
        return connection.createArrayOf("text", values);
    }
}
