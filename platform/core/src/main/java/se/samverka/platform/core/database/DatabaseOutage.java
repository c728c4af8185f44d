package se.samverka.platform.core.database;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessResourceFailureException;
import io.micronaut.transaction.exceptions.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether an error is the database not answering (stopped, restarting, unreachable, or the pool without a
 * connection within its timeout) rather than a fault of the request or the code: that is "try again in a
 * moment" (503), for the API and the UI alike. Told by the JDBC connection exceptions and SQLState class
 * {@code 08} (connection exception) anywhere in the causes, as Micronaut Data, the transaction manager and
 * the pool wrap them.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean isCauseOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof ConnectionException
                    || t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
