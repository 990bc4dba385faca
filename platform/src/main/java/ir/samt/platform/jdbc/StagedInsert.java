package ir.samt.platform.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A bulk import's chunk moved into its table in two statements: the rows streamed with {@code COPY} into a
 * session-local staging table (text columns, emptied at every commit or rollback, so a chunk never sees
 * another's), then one {@code INSERT ... SELECT} that casts them as the table's columns say (a value the
 * database refuses fails there, naming its column, as a plain INSERT would) and skips rows already stored.
 *
 * @param createStage {@code CREATE TEMPORARY TABLE IF NOT EXISTS ... ON COMMIT DELETE ROWS}
 * @param stageColumns the staging table and the columns {@code rows} fill, for COPY
 * @param insert the INSERT ... SELECT from the staging table, {@code RETURNING id}; its two parameters are
 *        the created and updated timestamps
 */
public record StagedInsert(String createStage, String stageColumns, String insert) {

    /** @return the ids the INSERT returned: the rows actually inserted */
    public Set<UUID> run(Connection connection, CopyRows rows, OffsetDateTime now) throws SQLException {
        try (Statement create = connection.createStatement()) {
            create.execute(createStage);
        }
        rows.copyInto(connection, stageColumns);
        Set<UUID> inserted = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setString(1, now.toString());
            statement.setString(2, now.toString());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    inserted.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return inserted;
    }
}
