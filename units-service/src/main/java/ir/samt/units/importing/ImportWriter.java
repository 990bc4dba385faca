package ir.samt.units.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ir.samt.platform.cloudevents.CloudEvent;
import ir.samt.platform.importing.ChunkWriter;
import ir.samt.platform.jdbc.CopyRows;
import ir.samt.platform.jdbc.StagedInsert;
import ir.samt.platform.outbox.Outbox;
import ir.samt.units.unit.UnitDraft;
import ir.samt.units.unit.UnitEvents;
import ir.samt.units.unit.UnitStatus;

/**
 * Writes one chunk of validated units in one transaction. The chunk is streamed with {@code COPY} into a
 * session-local staging table, moved into {@code unit} by one INSERT ... SELECT (rows whose externalRef is
 * already registered are skipped by the database), then one outbox event (also by COPY, {@link Outbox#publishAll})
 * and one history entry (COPY) for each unit actually inserted — so a re-import writes and publishes nothing.
 * Unit and event ids are time-ordered ({@code TimeOrderedIds}), so the primary-key indexes grow at their right
 * edge during a large load instead of taking a random page per row.
 */
@ApplicationScoped
public class ImportWriter implements ChunkWriter<UnitDraft> {

    /**
     * Lives as long as the pooled connection; emptied at every commit or rollback, so a chunk never sees
     * another's rows. Text columns as in the request; the INSERT casts them exactly as the column types say,
     * so a value the database refuses fails there, naming the column, as a plain INSERT would.
     */
    private static final String CREATE_STAGE = """
            CREATE TEMPORARY TABLE IF NOT EXISTS unit_import_stage (
                id uuid, external_ref text, kind text, guild_group text, name text, name_key text, holder_id text,
                holder_id_kind text, province text, county text, estate_code text, activity_code text, sector text,
                employees text, licence_number text, registered_on text, ord int) ON COMMIT DELETE ROWS""";

    private static final String STAGE_COLUMNS = "unit_import_stage (id, external_ref, kind, guild_group, name, name_key, "
            + "holder_id, holder_id_kind, province, county, estate_code, activity_code, sector, employees, licence_number, "
            + "registered_on, ord)";

    // ORDER BY ord: rows are inserted in file order, so two chunks that share an externalRef take its lock in the
    // same order as a plain multi-row INSERT would
    private static final String INSERT_UNITS = """
            INSERT INTO unit (id, external_ref, kind, guild_group, name, name_key, holder_id, holder_id_kind, province,
                              county, estate_code, activity_code, sector, employees, licence_number, status,
                              registered_on, status_since, created_at, updated_at, version)
            SELECT r.id, r.external_ref, r.kind, r.guild_group, r.name, r.name_key, r.holder_id, r.holder_id_kind,
                   r.province, r.county, r.estate_code, r.activity_code, r.sector, r.employees::int, r.licence_number,
                   'ACTIVE', r.registered_on::date, r.registered_on::date, ?::timestamptz, ?::timestamptz, 0
            FROM unit_import_stage r ORDER BY r.ord
            ON CONFLICT (external_ref) DO NOTHING
            RETURNING id""";

    private static final String HISTORY_COLUMNS = "unit_change (unit_id, version, change, status, effective_date, actor, at, event_id)";

    @Inject
    DataSource dataSource;

    @Inject
    Outbox outbox;

    /** @return how many of {@code drafts} were inserted (the rest were already registered) */
    @Override
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

    private static final StagedInsert UNITS = new StagedInsert(CREATE_STAGE, STAGE_COLUMNS, INSERT_UNITS);

    private static Set<UUID> insertUnits(Connection connection, List<UnitDraft> drafts, OffsetDateTime now) throws SQLException {
        CopyRows stage = new CopyRows();
        for (int i = 0; i < drafts.size(); i++) {
            UnitDraft d = drafts.get(i);
            stage.add(d.id()).add(d.externalRef()).add(d.kind().name()).add(d.guildGroup() == null ? null : d.guildGroup().name())
                    .add(d.name()).add(d.nameKey()).add(d.holderId()).add(d.holderIdKind().name()).add(d.province())
                    .add(d.county()).add(d.estateCode()).add(d.activityCode()).add(d.sector()).add(d.employees())
                    .add(d.licenceNumber()).add(d.registeredOn()).add(i).endRow();
        }
        return UNITS.run(connection, stage, now);
    }

    private static void insertHistory(Connection connection, List<UnitDraft> registered, List<CloudEvent> events, String actor,
            OffsetDateTime now) throws SQLException {
        CopyRows history = new CopyRows();
        for (int i = 0; i < registered.size(); i++) {
            UnitDraft d = registered.get(i);
            history.add(d.id()).add(1).add("REGISTERED").add(UnitStatus.ACTIVE.name()).add(d.registeredOn()).add(actor)
                    .add(now).add(events.get(i).id()).endRow();
        }
        history.copyInto(connection, HISTORY_COLUMNS);
    }
}
