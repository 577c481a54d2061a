package vn.cnnt.kit.persistence;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.cnnt.kit.problem.ProblemType;
import vn.cnnt.kit.problem.Problems;

/**
 * Races lost to concurrent requests: a version race is the same 412 as a stale If-Match, a constraint is a 409, and
 * lock contention (deadlock victim, lock timeout) a 503 to retry.
 */
public class PersistenceProblemMappers {

    private static final String DETAIL = "The resource was changed by another request; read it again";

    @ServerExceptionMapper
    public Response staleVersion(OptimisticLockException e, UriInfo uri) {
        return Problems.response(ProblemType.PRECONDITION_FAILED, DETAIL, Problems.instance(uri));
    }

    /** A database constraint refused the change: the state moved under the request (the checks in Java come first). */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return Problems.response(
                ProblemType.CONFLICT,
                "The change conflicts with the current state ("
                        + (e.getConstraintName() == null ? "a database constraint" : e.getConstraintName()) + ")",
                Problems.instance(uri));
    }

    /**
     * PostgreSQL broke a deadlock by aborting this request, or a lock could not be had: nothing was written, and the same
     * request is likely to pass on retry.
     */
    @ServerExceptionMapper({LockAcquisitionException.class, PessimisticLockException.class, LockTimeoutException.class})
    public Response lockContention(UriInfo uri) {
        return Response.fromResponse(Problems.response(
                        ProblemType.SERVICE_UNAVAILABLE,
                        "A concurrent request held the same records and this one was stopped; nothing was changed, retry it",
                        Problems.instance(uri)))
                .header("Retry-After", "1")
                .build();
    }

    @ServerExceptionMapper
    public Response staleObject(StaleObjectStateException e, UriInfo uri) {
        return Problems.response(ProblemType.PRECONDITION_FAILED, DETAIL, Problems.instance(uri));
    }
}
