package ir.samt.platform.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ir.samt.platform.problem.ProblemException;

/**
 * Imports a caller can watch: the caller names the import ({@value #HEADER} header, a UUID it makes up)
 * and polls its {@link ImportJob} while the file streams, from any replica, since the progress lives in
 * the service's database ({@code import_job}). Each write is a short transaction of its own, never
 * inside a chunk's, so polling sees the progress as it happens and a failed chunk does not undo it.
 * Progress is written at most every {@link #MIN_INTERVAL}, so a fast import does not spend its time on it.
 */
@ApplicationScoped
public class ImportJobs {

    public static final String HEADER = "Import-Id";
    /** How long a finished import can still be looked up; older ones are deleted when the next starts. */
    public static final Duration RETENTION = Duration.ofDays(30);
    static final Duration MIN_INTERVAL = Duration.ofMillis(500);

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    /**
     * Starts watching an import named {@code id} (null: nobody watches, {@link ImportProgress#NONE}).
     *
     * @param header the raw {@value #HEADER} value, so a malformed one is a 400 naming it
     */
    public ImportProgress start(String header, String kind, String format, String actor) {
        if (header == null || header.isBlank()) {
            return ImportProgress.NONE;
        }
        UUID id;
        try {
            id = UUID.fromString(header.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(HEADER, "must be a UUID you choose to poll this import by");
        }
        insert(id, kind, format, actor);
        return new Watched(this, id, clock);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void insert(UUID id, String kind, String format, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM import_job WHERE started_at < ?")) {
                delete.setObject(1, now.minus(RETENTION));
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO import_job (id, kind, format, actor, state, started_at, updated_at)
                    VALUES (?, ?, ?, ?, 'RUNNING', ?, ?) ON CONFLICT (id) DO NOTHING""")) {
                insert.setObject(1, id);
                insert.setString(2, kind);
                insert.setString(3, format);
                insert.setString(4, actor);
                insert.setObject(5, now);
                insert.setObject(6, now);
                if (insert.executeUpdate() == 0) {
                    throw ProblemException.conflict("import-id-taken", "Import-Id already used",
                            "An import named " + id + " was already sent; choose a new UUID for every import");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the import " + id, e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void update(UUID id, String state, long rowsRead, long stored, Long alreadyStored, long refused, String detail) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement("""
                UPDATE import_job SET state = ?, rows_read = ?, stored = ?, already_stored = ?, refused = ?, detail = ?,
                       updated_at = ?, finished_at = ? WHERE id = ?""")) {
            update.setString(1, state);
            update.setLong(2, rowsRead);
            update.setLong(3, stored);
            update.setObject(4, alreadyStored);
            update.setLong(5, refused);
            update.setString(6, detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000)));
            update.setObject(7, now);
            update.setObject(8, "RUNNING".equals(state) ? null : now);
            update.setObject(9, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the progress of import " + id, e);
        }
    }

    /** The import named {@code id} of this kind, if it was sent here in the last {@link #RETENTION}. */
    public Optional<ImportJob> find(UUID id, String kind) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("""
                SELECT id, kind, format, actor, state, rows_read, stored, already_stored, refused, detail, started_at,
                       updated_at, finished_at FROM import_job WHERE id = ? AND kind = ?""")) {
            select.setObject(1, id);
            select.setString(2, kind);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long already = rs.getLong("already_stored");
                Long alreadyStored = rs.wasNull() ? null : already;
                OffsetDateTime updatedAt = rs.getObject("updated_at", OffsetDateTime.class);
                return Optional.of(new ImportJob(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getString("format"), rs.getString("actor"),
                        ImportJob.State.of(rs.getString("state"), updatedAt, OffsetDateTime.now(clock)),
                        rs.getLong("rows_read"), rs.getLong("stored"), alreadyStored, rs.getLong("refused"),
                        rs.getString("detail"), rs.getObject("started_at", OffsetDateTime.class), updatedAt,
                        rs.getObject("finished_at", OffsetDateTime.class)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read import " + id, e);
        }
    }

    /** One watched import's progress, written through the bean so each write gets its own transaction. */
    private static final class Watched implements ImportProgress {

        private final ImportJobs jobs;
        private final UUID id;
        private final Clock clock;
        private long lastWrite;
        private long rowsRead;
        private long stored;
        private long refused;

        Watched(ImportJobs jobs, UUID id, Clock clock) {
            this.jobs = jobs;
            this.id = id;
            this.clock = clock;
        }

        @Override
        public void advanced(long rowsRead, long stored, long refused) {
            this.rowsRead = rowsRead;
            this.stored = stored;
            this.refused = refused;
            long now = clock.millis();
            if (now - lastWrite >= MIN_INTERVAL.toMillis()) {
                lastWrite = now;
                jobs.update(id, "RUNNING", rowsRead, stored, null, refused, null);
            }
        }

        @Override
        public void finished(ImportReport report) {
            jobs.update(id, "DONE", report.rows(), report.imported(), report.alreadyImported(), report.rejected(), null);
        }

        @Override
        public void failed(String reason) {
            try {
                jobs.update(id, "FAILED", rowsRead, stored, null, refused, reason);
            } catch (RuntimeException e) {
                // the database that failed the import may refuse this too: the job then shows STALLED
            }
        }
    }
}
