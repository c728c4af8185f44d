package se.samverka.platform.core.database;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessResourceFailureException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.transaction.exceptions.CannotCreateTransactionException;
import io.micronaut.transaction.exceptions.TransactionSystemException;
import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samverka.platform.core.api.Problems;

/**
 * The database not answering, while answering an API request: a translated 503 problem ("try again in a
 * moment", code {@value #CODE}) with {@code Retry-After}, within the pool's connection timeout, instead of a
 * bare 500. One handler per form the outage takes on its way up: no connection from the pool, no transaction,
 * a statement or commit on a connection that broke ({@link ConnectionLoss} makes those a
 * {@link DataAccessResourceFailureException}). The transaction is rolled back before this answers: nothing
 * of the change is stored.
 */
@Controller
@Hidden
public class DatabaseOutageProblems {

    public static final String CODE = "error.unavailable.database";
    /** Seconds: the pool has new connections within about one after the database is back. */
    static final int RETRY_AFTER = 5;
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageProblems.class);

    private final Problems problems;

    DatabaseOutageProblems(Problems problems) {
        this.problems = problems;
    }

    @Error(global = true, exception = CannotGetJdbcConnectionException.class)
    public HttpResponse<?> noConnection(HttpRequest<?> request, CannotGetJdbcConnectionException e) {
        return tryAgain(request, e);
    }

    @Error(global = true, exception = ConnectionException.class)
    public HttpResponse<?> connectionFailed(HttpRequest<?> request, ConnectionException e) {
        return tryAgain(request, e);
    }

    @Error(global = true, exception = CannotCreateTransactionException.class)
    public HttpResponse<?> noTransaction(HttpRequest<?> request, CannotCreateTransactionException e) {
        return tryAgain(request, e);
    }

    @Error(global = true, exception = TransactionSystemException.class)
    public HttpResponse<?> commitFailed(HttpRequest<?> request, TransactionSystemException e) {
        return tryAgain(request, e);
    }

    @Error(global = true, exception = DataAccessResourceFailureException.class)
    public HttpResponse<?> connectionLost(HttpRequest<?> request, DataAccessResourceFailureException e) {
        return tryAgain(request, e);
    }

    private HttpResponse<?> tryAgain(HttpRequest<?> request, RuntimeException e) {
        // one line, not a stack per request: an outage makes many
        LOG.warn("Database unavailable for {} {}: {}", request.getMethodName(), request.getPath(), rootMessage(e));
        return problems.of(request, HttpStatus.SERVICE_UNAVAILABLE, CODE).header("Retry-After", String.valueOf(RETRY_AFTER));
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }
}
