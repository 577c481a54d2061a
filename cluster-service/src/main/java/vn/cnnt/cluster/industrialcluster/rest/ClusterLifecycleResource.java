package vn.cnnt.cluster.industrialcluster.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cnnt.cluster.industrialcluster.Transition;
import vn.cnnt.cluster.industrialcluster.api.ClusterResponse;
import vn.cnnt.cluster.industrialcluster.api.DecisionRequest;
import vn.cnnt.cluster.industrialcluster.api.ExpansionRequest;
import vn.cnnt.cluster.industrialcluster.service.ClusterLifecycleService;
import vn.cnnt.kit.web.ETags;

/** Lifecycle transitions as sub-resources, each with its decision; If-Match with the cluster's ETag is required. */
@Path("/api/v1/clusters/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Cluster lifecycle",
        description =
                "Decisions of Decree 32/2024/NĐ-CP: establishment (thành lập), construction, operation, expansion (mở rộng), withdrawal")
public class ClusterLifecycleResource {

    private static final String DECISION_EXAMPLE = """
            {"decisionNumber": "2217/QĐ-UBND", "decisionDate": "2020-11-20", "note": "Quyết định thành lập CCN"}""";

    private final ClusterLifecycleService lifecycle;

    ClusterLifecycleResource(ClusterLifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @POST
    @Path("establishment")
    @Operation(
            operationId = "establishCluster",
            summary = "Establish a cluster (quyết định thành lập CCN)",
            description = """
            IN_PLAN → ESTABLISHED by the Provincial People's Committee's decision, checked against the rules in force on the
            decision's date. Under Decree 32/2024/NĐ-CP (decisions from 1 May 2024): the area range, a craft-village
            cluster's land for craft-village producers (≥ 60 %), and, where "the area" already has established clusters,
            their average occupancy (tỷ lệ lấp đầy trung bình) above 50 % or their unleased industrial land at most 100 ha.
            "The area" is the district (địa bàn cấp huyện) for decisions before 1 July 2025; after that the scope is data
            with an effective date (provisionally the commune: the sources do not settle it). A decision before 1 May 2024
            is recorded as taken. Approver role.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Establishment", value = DECISION_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Established; new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClusterResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "invalid-transition")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(
            responseCode = "422",
            description =
                    "validation-failed, area-out-of-range, establishment-occupancy-too-low, establishment-area-unknown,"
                            + " craft-village-land-below-share, decision-date-out-of-order")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response establish(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid DecisionRequest r) {
        return answer(lifecycle.transition(id, ifMatch, Transition.ESTABLISHMENT, r));
    }

    @POST
    @Path("construction")
    @Operation(
            operationId = "startClusterConstruction",
            summary = "Start construction (khởi công xây dựng hạ tầng)",
            description =
                    "ESTABLISHED → UNDER_CONSTRUCTION: site clearance and infrastructure investment start. Approver role.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Construction", value = """
            {"decisionNumber": "45/QĐ-UBND", "decisionDate": "2021-03-15"}""")))
    @APIResponse(
            responseCode = "200",
            description = "Under construction; new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClusterResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "invalid-transition")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "422", description = "validation-failed, decision-date-out-of-order")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response construct(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid DecisionRequest r) {
        return answer(lifecycle.transition(id, ifMatch, Transition.CONSTRUCTION, r));
    }

    @POST
    @Path("operation")
    @Operation(
            operationId = "startClusterOperation",
            summary = "Put a cluster into operation (đưa CCN vào hoạt động)",
            description = "UNDER_CONSTRUCTION → OPERATING. Approver role.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Operation", value = """
            {"decisionNumber": "118/QĐ-UBND", "decisionDate": "2023-01-10"}""")))
    @APIResponse(
            responseCode = "200",
            description = "Operating; new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClusterResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "invalid-transition")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "422", description = "validation-failed, decision-date-out-of-order")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response operate(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid DecisionRequest r) {
        return answer(lifecycle.transition(id, ifMatch, Transition.OPERATION, r));
    }

    @POST
    @Path("expansion")
    @Operation(operationId = "expandCluster", summary = "Expand a cluster (quyết định mở rộng CCN)", description = """
            OPERATING or EXPANDED → EXPANDED with the areas after expansion. Requires at most 75 ha afterwards, finished shared
            technical infrastructure (hạ tầng kỹ thuật dùng chung), and occupancy of at least 60 % or a documented demand for
            land (registeredDemandHa) above the free industrial land, under the rules in force on the decision's date (Decree
            32/2024/NĐ-CP from 1 May 2024; earlier decisions are recorded as taken). A craft-village cluster keeps at least
            60 % of its industrial land after expansion for craft-village producers (`craftVillageLandHa`, absent keeps the
            current reservation). Approver role.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Expansion", value = """
            {"decisionNumber": "1890/QĐ-UBND", "decisionDate": "2024-09-12", "totalAreaHa": 70, "industrialLandHa": 50}""")))
    @APIResponse(
            responseCode = "200",
            description = "Expanded; new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClusterResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "invalid-transition")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(
            responseCode = "422",
            description =
                    "validation-failed, expansion-not-larger, industrial-land-above-total-area, expanded-area-too-large, shared-infrastructure-unfinished, expansion-occupancy-too-low, craft-village-land-below-share, decision-date-out-of-order")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response expand(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ExpansionRequest r) {
        return answer(lifecycle.expand(id, ifMatch, r));
    }

    @POST
    @Path("withdrawal")
    @Operation(
            operationId = "withdrawCluster",
            summary = "Withdraw a cluster from the plan (đưa CCN ra khỏi phương án)",
            description =
                    "IN_PLAN, ESTABLISHED or UNDER_CONSTRUCTION → WITHDRAWN, only without tenants. Approver role.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Withdrawal", value = """
            {"decisionNumber": "77/QĐ-UBND", "decisionDate": "2024-02-01", "note": "Không đủ điều kiện đầu tư"}""")))
    @APIResponse(
            responseCode = "200",
            description = "Withdrawn; new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClusterResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "invalid-transition, cluster-has-tenants")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "422", description = "validation-failed, decision-date-out-of-order")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response withdraw(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid DecisionRequest r) {
        return answer(lifecycle.transition(id, ifMatch, Transition.WITHDRAWAL, r));
    }

    private static Response answer(ClusterResponse c) {
        return ETags.ok(c, c.version()).build();
    }
}
