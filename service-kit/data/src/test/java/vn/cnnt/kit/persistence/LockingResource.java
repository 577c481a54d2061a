package vn.cnnt.kit.persistence;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Takes two row-like locks in the order asked; two requests meet at a barrier once each holds its first lock, so two
 * opposite requests always deadlock, however slowly the machine schedules them.
 */
@Path("/test/locks")
public class LockingResource {

    private static final CyclicBarrier BOTH_HOLD_THEIR_FIRST_LOCK = new CyclicBarrier(2);

    private final EntityManager em;

    LockingResource(EntityManager em) {
        this.em = em;
    }

    @POST
    @Path("{first}/{second}")
    @Transactional
    public void lockBoth(@PathParam("first") long first, @PathParam("second") long second)
            throws InterruptedException, BrokenBarrierException, TimeoutException {
        lock(first);
        BOTH_HOLD_THEIR_FIRST_LOCK.await(2, TimeUnit.MINUTES);
        lock(second);
    }

    private void lock(long key) {
        em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(:key) AS text)")
                .setParameter("key", key)
                .getSingleResult();
    }
}
