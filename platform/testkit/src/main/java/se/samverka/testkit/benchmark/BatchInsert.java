package se.samverka.testkit.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One table's rows, sent in JDBC batches that Connector/J rewrites into multi-row INSERTs
 * ({@code rewriteBatchedStatements=true}): the fast way to write millions of rows. Rows are sent
 * only on {@link #flush()}, which the caller does parent tables first, so that foreign keys hold.
 */
public final class BatchInsert implements AutoCloseable {

    private final PreparedStatement statement;
    private int pending;
    private long rows;

    public BatchInsert(Connection connection, String table, String... columns) throws SQLException {
        String placeholders = String.join(",", java.util.Collections.nCopies(columns.length, "?"));
        this.statement = connection.prepareStatement(
                "INSERT INTO " + table + " (" + String.join(",", columns) + ") VALUES (" + placeholders + ")");
    }

    /** Adds one row, its values in the order of the columns. */
    public void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            set(i + 1, values[i]);
        }
        statement.addBatch();
        rows++;
        pending++;
    }

    public void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    public long rows() {
        return rows;
    }

    private void set(int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof LocalDate date) {
            statement.setDate(index, Date.valueOf(date));
        } else if (value instanceof Instant instant) {
            statement.setTimestamp(index, Timestamp.from(instant));
        } else if (value instanceof Enum<?> e) {
            statement.setString(index, e.name());
        } else {
            statement.setObject(index, value);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
