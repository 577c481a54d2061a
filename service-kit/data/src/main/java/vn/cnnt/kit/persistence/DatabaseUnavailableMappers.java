package vn.cnnt.kit.persistence;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import org.jboss.logging.Logger;
import vn.cnnt.kit.problem.ProblemType;
import vn.cnnt.kit.problem.Problems;

/**
 * The database cannot be used right now: unreachable, restarting, failing over, a broken connection, the pool
 * could not get a connection in time. The request is answered 503 {@code service-unavailable} with
 * {@code Retry-After}, never 500: the transaction did not commit, so nothing was written, and the same request may
 * be sent again. Reads and writes recover by themselves when the database is back (the pool replaces broken
 * connections). Other persistence failures keep the generic 500.
 */
public class DatabaseUnavailableMappers {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableMappers.class);

    /** Seconds a client should wait: about the time PostgreSQL takes to restart or fail over. */
    static final String RETRY_AFTER_SECONDS = "5";

    @org.jboss.resteasy.reactive.server.ServerExceptionMapper({
        PersistenceException.class,
        SQLException.class,
        QuarkusTransactionException.class,
        TransactionalException.class,
        ArcUndeclaredThrowableException.class
    })
    public Response databaseUnavailable(Throwable e, UriInfo uri) {
        String instance = Problems.instance(uri);
        if (TransientFailures.isTransient(e)) {
            LOG.warnf("Database unavailable on %s: %s", instance, rootMessage(e));
            return Response.fromResponse(Problems.response(
                            ProblemType.SERVICE_UNAVAILABLE,
                            "The database is unavailable for a moment; nothing was changed, retry the request",
                            instance))
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        LOG.error("Unexpected failure on " + instance, e);
        return Problems.response(
                ProblemType.INTERNAL_ERROR, "An unexpected error occurred; quote the request id to support", instance);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
