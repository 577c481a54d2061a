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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    /** Cao Bằng's 2021–2025 estimate as its seed gives it (no yearly split); allocation and project figures are illustrative. */
    private static final String EXAMPLE = """
            {"planId": "0b3c2f1e-5d6a-4e1b-9a7c-2f8d4e6b1a90", "planVersion": 2,
             "total": {"estimateVnd": 18246000000, "allocatedVnd": 2760000000, "committedVnd": 1290000000,
                       "disbursedVnd": 440000000, "acceptedVnd": 440000000, "settledVnd": 440000000},
             "bySource": [{"source": "COUNTERPART", "money": {"estimateVnd": 0, "allocatedVnd": 0, "committedVnd": 850000000,
                            "disbursedVnd": 0, "acceptedVnd": 0, "settledVnd": 0}},
                          {"source": "LOCAL", "money": {"estimateVnd": 4446000000, "allocatedVnd": 0, "committedVnd": 0,
                            "disbursedVnd": 0, "acceptedVnd": 0, "settledVnd": 0}},
                          {"source": "NATIONAL", "money": {"estimateVnd": 13800000000, "allocatedVnd": 2760000000,
                            "committedVnd": 440000000, "disbursedVnd": 440000000, "acceptedVnd": 440000000, "settledVnd": 440000000}}],
             "byTask": [{"taskId": null, "taskCode": null, "source": "LOCAL", "money": {"estimateVnd": 4446000000,
                          "allocatedVnd": 0, "committedVnd": 0, "disbursedVnd": 0, "acceptedVnd": 0, "settledVnd": 0}},
                        {"taskId": null, "taskCode": null, "source": "NATIONAL", "money": {"estimateVnd": 13800000000,
                          "allocatedVnd": 2760000000, "committedVnd": 0, "disbursedVnd": 0, "acceptedVnd": 0, "settledVnd": 0}},
                        {"taskId": "5a1f0c3e-2b4d-4c6e-8f9a-0b1c2d3e4f50", "taskCode": "1", "source": "COUNTERPART",
                         "money": {"estimateVnd": 0, "allocatedVnd": 0, "committedVnd": 850000000, "disbursedVnd": 0,
                          "acceptedVnd": 0, "settledVnd": 0}},
                        {"taskId": "5a1f0c3e-2b4d-4c6e-8f9a-0b1c2d3e4f50", "taskCode": "1", "source": "NATIONAL",
                         "money": {"estimateVnd": 0, "allocatedVnd": 0, "committedVnd": 440000000, "disbursedVnd": 440000000,
                          "acceptedVnd": 440000000, "settledVnd": 440000000}}],
             "targets": []}""";

    private final ProgressService progress;

    ProgressResource(ProgressService progress) {
        this.progress = progress;
    }

    @GET
    @Operation(operationId = "getPlanProgress", summary = "Progress of a plan (tiến độ thực hiện)", description = """
            Money by stage, per source and per task: the estimate (the plan's funding table, dự kiến), allocated (dự toán
            được giao whose decision names the plan, for the plan as a whole), committed, disbursed, accepted (nghiệm thu)
            and settled (quyết toán) of its projects, exact to the đồng, kept up to date from funding-service's allocation
            and project events; counterpart and other money that approved projects budget show as committed under
            COUNTERPART and OTHER. Target attainment: an OCOP target that says how it counts (`ocop`: 3★+, 4★+ or 5★, new
            or cumulative) counts products of the plan's own province unit (a 2021 Bình Phước plan counts Bình Phước's
            products, not all of Đồng Nai's) by the year of their certification decision, whatever the certificate's
            status today (an expired 2021 certificate still counts for 2021); revoked certificates (thu hồi) do not count.""")
    @APIResponse(
            responseCode = "200",
            description = "The progress",
            content =
                    @Content(
                            schema = @Schema(implementation = PlanProgress.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "Cao Bằng 2021-2025 (allocation and project illustrative)",
                                            value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "not-found")
    public PlanProgress get(@PathParam("id") @Parameter(description = "Plan id (mã kế hoạch)") UUID id) {
        return progress.of(id);
    }
}
