package vn.cnnt.kit.persistence;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Which failures are worth trying again: the database is unreachable or restarting, the connection broke, a lock or
 * a statement timed out, PostgreSQL chose this transaction as a deadlock or serialization victim. Everything else (a
 * constraint, a bug, bad data) fails the same way every time.
 */
public final class TransientFailures {

    /**
     * SQLSTATE codes (PostgreSQL) of failures that may pass on retry: class 08 (connection exception) and class 53
     * (insufficient resources: too many connections, out of memory) are matched by prefix.
     */
    private static final Set<String> TRANSIENT_STATES = Set.of(
            "40001", // serialization_failure
            "40P01", // deadlock_detected
            "55P03", // lock_not_available (lock_timeout)
            "57014", // query_canceled (statement_timeout)
            "57P01", // admin_shutdown: the server is restarting
            "57P02", // crash_shutdown
            "57P03", // cannot_connect_now: the server is starting up
            "57P05"); // idle_session_timeout

    private static final int MAX_DEPTH = 20;

    private TransientFailures() {}

    /** The database cannot be used right now (unreachable, restarting, contended); nothing was written. */
    public static boolean isTransient(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && isTransientState(sql)) {
                return true;
            }
            if (t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException
                    || t instanceof JDBCConnectionException
                    || t instanceof LockAcquisitionException
                    || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException
                    || t instanceof QueryTimeoutException
                    || t instanceof org.hibernate.QueryTimeoutException
                    || t instanceof ConnectException
                    || t instanceof SocketTimeoutException) {
                return true;
            }
            // Agroal: no connection could be had from the pool in time (the database is down or saturated).
            if (t instanceof SQLException && String.valueOf(t.getMessage()).contains("Acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a consumer may retry: a transient failure, or a version race lost to a concurrent request (a new
     * transaction reads the new state).
     */
    public static boolean isRetryable(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleObjectStateException) {
                return true;
            }
        }
        return isTransient(failure);
    }

    private static boolean isTransientState(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("53") || TRANSIENT_STATES.contains(state));
    }
}
