package se.samverka.platform.core.database;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.DataAccessResourceFailureException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as the database being away ("try again in a moment") and what is a fault like any other. */
class DatabaseOutageTest {

    @Test
    void aConnectionExceptionAnywhereInTheCausesIsAnOutage() {
        assertThat(DatabaseOutage.isCauseOf(new DataAccessException("Error executing SQL",
                new SQLNonTransientConnectionException("No operations allowed after connection closed.")))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new RuntimeException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("Communications link failure", "08S01"))).isTrue();
    }

    @Test
    void aRefusedStatementIsNoOutage() {
        assertThat(DatabaseOutage.isCauseOf(new DataAccessException("Error executing SQL",
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("The table is full", "HY000"))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void aStatementOnABrokenConnectionBecomesAResourceFailureAndOtherSqlErrorsAreLeftToMicronautData() {
        ConnectionLoss mapper = new ConnectionLoss();

        assertThat(mapper.mapSqlException(new SQLException("Communications link failure", "08S01")))
                .isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(mapper.mapSqlException(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))).isNull();
    }
}
