package vn.cnnt.kit.persistence;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A read and a write against the test database, as any service endpoint does them. */
@Path("/test/projection")
public class ThingsResource {

    private final EntityManager em;

    ThingsResource(EntityManager em) {
        this.em = em;
    }

    @GET
    @Transactional
    public long count() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM test_projection")
                        .getSingleResult())
                .longValue();
    }

    @POST
    @Path("{id}")
    @Transactional
    public void create(@PathParam("id") String id) {
        em.createNativeQuery("INSERT INTO test_projection (id, version, value) VALUES (:id, 1, 'created')")
                .setParameter("id", id)
                .executeUpdate();
    }
}
