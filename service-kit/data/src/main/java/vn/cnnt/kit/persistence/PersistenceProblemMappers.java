package vn.cnnt.kit.persistence;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.cnnt.kit.problem.ProblemType;
import vn.cnnt.kit.problem.Problems;

/** A concurrent writer won the version race between our read and our write: the same 412 as a stale If-Match. */
public class PersistenceProblemMappers {

    private static final String DETAIL = "The resource was changed by another request; read it again";

    @ServerExceptionMapper
    public Response staleVersion(OptimisticLockException e, UriInfo uri) {
        return Problems.response(ProblemType.PRECONDITION_FAILED, DETAIL, "/" + uri.getPath().replaceFirst("^/", ""));
    }

    /** A database constraint refused the change: the state moved under the request (the checks in Java come first). */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return Problems.response(ProblemType.CONFLICT, "The change conflicts with the current state ("
                + (e.getConstraintName() == null ? "a database constraint" : e.getConstraintName()) + ")",
                "/" + uri.getPath().replaceFirst("^/", ""));
    }

    @ServerExceptionMapper
    public Response staleObject(StaleObjectStateException e, UriInfo uri) {
        return Problems.response(ProblemType.PRECONDITION_FAILED, DETAIL, "/" + uri.getPath().replaceFirst("^/", ""));
    }
}
