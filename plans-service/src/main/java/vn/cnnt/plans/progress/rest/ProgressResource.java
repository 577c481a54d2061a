package vn.cnnt.plans.progress.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cnnt.plans.progress.api.PlanProgress;
import vn.cnnt.plans.progress.service.ProgressService;

@Path("/api/v1/plans/{id}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Plans")
public class ProgressResource {

    private static final String EXAMPLE = """
            {"planId": "0b3c2f1e-5d6a-4e1b-9a7c-2f8d4e6b1a90", "planVersion": 2,
             "total": {"plannedVnd": 1200000000, "committedVnd": 250000000, "disbursedVnd": 100000000},
             "bySource": [{"source": "LOCAL", "money": {"plannedVnd": 300000000, "committedVnd": 0, "disbursedVnd": 0}},
                          {"source": "NATIONAL", "money": {"plannedVnd": 900000000, "committedVnd": 250000000, "disbursedVnd": 100000000}}],
             "byTask": [{"taskId": "5a1f0c3e-2b4d-4c6e-8f9a-0b1c2d3e4f50", "taskCode": "1", "source": "NATIONAL",
                         "money": {"plannedVnd": 900000000, "committedVnd": 250000000, "disbursedVnd": 100000000}},
                        {"taskId": "6b2a1d4f-3c5e-4d7f-9a0b-1c2d3e4f5a60", "taskCode": "2", "source": "LOCAL",
                         "money": {"plannedVnd": 300000000, "committedVnd": 0, "disbursedVnd": 0}}],
             "targets": [{"taskId": "6b2a1d4f-3c5e-4d7f-9a0b-1c2d3e4f5a60", "taskCode": "2", "indicator": "Sản phẩm OCOP 3 sao trở lên",
                          "unit": "sản phẩm", "year": 2024, "targetValue": 5, "achieved": 1}]}""";

    private final ProgressService progress;

    ProgressResource(ProgressService progress) {
        this.progress = progress;
    }

    @GET
    @Operation(summary = "Progress of a plan (tiến độ thực hiện)", description = """
            Per source and per task: planned (the funding table) vs committed vs disbursed money, kept up to date from
            funding-service's events; and target attainment, with OCOP targets counted from ocop-service's certificates
            (products of the plan's province with a valid certificate of 3 stars or more, recognised in the target year).""")
    @APIResponse(
            responseCode = "200",
            description = "The progress",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Cao Bằng 2024", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "not-found")
    public PlanProgress get(@PathParam("id") @Parameter(description = "Plan id (mã kế hoạch)") UUID id) {
        return progress.of(id);
    }
}
