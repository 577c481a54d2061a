package vn.cnnt.plans.progress.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cnnt.plans.progress.api.PlanProgress;
import vn.cnnt.plans.progress.service.ProgressService;

@Path("/api/v1/plans/{id}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Plans")
public class ProgressResource {

    private final ProgressService progress;

    ProgressResource(ProgressService progress) {
        this.progress = progress;
    }

    @GET
    @Operation(summary = "Progress of a plan (tiến độ thực hiện)", description = """
            Per source and per task: planned (the funding table) vs committed vs disbursed money, kept up to date from
            funding-service's events; and target attainment, with OCOP targets counted from ocop-service's certificates
            (products of the plan's province with a valid certificate of 3 stars or more, recognised in the target year).""")
    @APIResponse(responseCode = "200", description = "The progress")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PlanProgress get(@PathParam("id") UUID id) {
        return progress.of(id);
    }
}
