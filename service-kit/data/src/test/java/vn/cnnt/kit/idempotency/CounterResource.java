package vn.cnnt.kit.idempotency;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;

@Path("/test/counters/{name}")
public class CounterResource {

    private final CounterService counters;

    CounterResource(CounterService counters) {
        this.counters = counters;
    }

    @POST
    public Response add(
            @PathParam("name") String name,
            @HeaderParam(IdempotencyKey.HEADER) String key,
            @QueryParam("amount") long amount) {
        CounterService.Added added = counters.add(name, key, amount);
        return Response.created(URI.create("/test/counters/" + name))
                .entity(added)
                .build();
    }

    @POST
    @Path("capped")
    public Response addCapped(
            @PathParam("name") String name,
            @HeaderParam(IdempotencyKey.HEADER) String key,
            @QueryParam("amount") long amount,
            @QueryParam("cap") long cap) {
        return Response.created(URI.create("/test/counters/" + name))
                .entity(counters.addCapped(name, key, amount, cap))
                .build();
    }

    @GET
    public long total(@PathParam("name") String name) {
        return counters.total(name);
    }
}
