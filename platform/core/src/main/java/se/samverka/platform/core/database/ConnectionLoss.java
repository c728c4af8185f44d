package se.samverka.platform.core.database;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.DataAccessResourceFailureException;
import io.micronaut.data.jdbc.operations.SqlExceptionMapper;
import io.micronaut.data.model.query.builder.sql.Dialect;
import jakarta.inject.Singleton;

import java.sql.SQLException;

/**
 * A statement that failed because its connection broke (the server stopped, restarted or stopped answering)
 * becomes Micronaut Data's {@link DataAccessResourceFailureException} rather than a plain
 * {@link DataAccessException}, so the API and the UI tell "try again in a moment" from a fault. Other SQL
 * errors are left to Micronaut Data.
 */
@Singleton
public class ConnectionLoss implements SqlExceptionMapper {

    @Override
    public Dialect getDialect() {
        return Dialect.MYSQL;
    }

    @Override
    public DataAccessException mapSqlException(SQLException e) {
        return DatabaseOutage.isCauseOf(e) ? new DataAccessResourceFailureException("The database connection failed: "
                + e.getMessage(), e) : null;
    }
}
