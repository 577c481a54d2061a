package vn.cnnt.kit.outbox;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Map;

/** A business endpoint as a service has one: the change and its event in one transaction. */
@Path("/test/things")
public class RecordingResource {

    private final Outbox outbox;

    RecordingResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @POST
    @Path("{id}")
    @Transactional
    public void change(@PathParam("id") String id) {
        outbox.record("thing", id, 1, "vn.cnnt.test.thing.changed.v1", Map.of("id", id));
    }
}
