package vn.cnnt.kit.persistence;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Takes two row-like locks in the order asked, with a pause between, so two opposite requests deadlock. */
@Path("/test/locks")
public class LockingResource {

    private final EntityManager em;

    LockingResource(EntityManager em) {
        this.em = em;
    }

    @POST
    @Path("{first}/{second}")
    @Transactional
    public void lockBoth(@PathParam("first") long first, @PathParam("second") long second) throws InterruptedException {
        lock(first);
        Thread.sleep(300);
        lock(second);
    }

    private void lock(long key) {
        em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(:key) AS text)")
                .setParameter("key", key)
                .getSingleResult();
    }
}
