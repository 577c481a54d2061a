package vn.cnnt.kit.web;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import vn.cnnt.kit.money.Vnd;

/** A resource of each shape the services have, for the hostile-input tests of the kit. */
@Path("/test/hostile")
public class HostileResource {

    public enum Status {
        DRAFT,
        APPROVED
    }

    public record Entry(
            String name, Status status, LocalDate date, @Vnd Long amountVnd, List<String> tags) {}

    public record One(@NotNull String name) {}

    @POST
    @Path("{name}")
    public Entry create(@PathParam("name") String name, @QueryParam("q") String q, @Valid Entry entry) {
        return entry;
    }

    @POST
    @Path("one")
    public One one(@Valid One one) {
        return one;
    }

    @GET
    @Path("{name}")
    public String read(@PathParam("name") String name, @QueryParam("q") String q) {
        return name + (q == null ? "" : q);
    }

    @POST
    @Path("{name}/approval")
    public String approve(@PathParam("name") String name, @HeaderParam("If-Match") String ifMatch) {
        ETags.requireMatch(ifMatch, 0);
        return name;
    }

    @GET
    @Path("secured/thing")
    @Authenticated
    public String secured() {
        return "secret";
    }
}
