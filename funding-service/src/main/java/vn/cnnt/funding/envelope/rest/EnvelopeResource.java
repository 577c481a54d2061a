package vn.cnnt.funding.envelope.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;

@Path("/api/v1/funding/envelopes")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class EnvelopeResource {

    @GET
    @Operation(summary = "List envelopes")
    public Page<Object> list(@BeanParam @Valid PageRequest page) {
        return Page.empty();
    }
}
