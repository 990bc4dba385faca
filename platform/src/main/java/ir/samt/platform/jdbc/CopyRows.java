package ir.samt.platform.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;

/**
 * Rows for one PostgreSQL {@code COPY ... FROM STDIN} (text format), sent through PgJDBC's CopyManager on the
 * caller's connection, i.e. inside its transaction. For bulk writes: PostgreSQL reads the rows as a stream,
 * with no statement to parse or plan per row and no array parameters to decode.
 *
 * <pre>{@code
 * CopyRows rows = new CopyRows();
 * for (...) rows.add(id).add(name).add(null).endRow();
 * rows.copyInto(connection, "outbox_event (id, aggregatetype, payload)");
 * }</pre>
 */
public final class CopyRows {

    private final StringBuilder text = new StringBuilder(64 * 1024);
    private boolean rowStarted;
    private int rows;

    /** The next column of the current row; {@code null} is SQL NULL. */
    public CopyRows add(Object value) {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
        if (value == null) {
            text.append("\\N");
            return this;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return this;
    }

    public CopyRows endRow() {
        text.append('\n');
        rowStarted = false;
        rows++;
        return this;
    }

    public int rows() {
        return rows;
    }

    /**
     * Copies the rows into {@code tableAndColumns} (e.g. {@code "unit_change (unit_id, version)"}).
     *
     * @return the number of rows PostgreSQL stored
     */
    public long copyInto(Connection connection, String tableAndColumns) throws SQLException {
        if (rows == 0) {
            return 0;
        }
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + tableAndColumns + " FROM STDIN", new StringReader(text.toString()));
        } catch (IOException e) {
            // a StringReader does not fail; PgJDBC reports the server's refusals as SQLException
            throw new UncheckedIOException(e);
        }
    }
}
