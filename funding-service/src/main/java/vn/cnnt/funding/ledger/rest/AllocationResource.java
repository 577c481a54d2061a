package vn.cnnt.funding.ledger.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cnnt.funding.ledger.api.LedgerRequests;
import vn.cnnt.funding.ledger.api.LedgerResponses;
import vn.cnnt.funding.ledger.service.AllocationService;
import vn.cnnt.funding.ledger.service.CeilingService;
import vn.cnnt.funding.ledger.service.EstimateService;
import vn.cnnt.funding.ledger.service.SummaryService;
import vn.cnnt.kit.history.HistoryEntry;
import vn.cnnt.kit.idempotency.IdempotencyKey;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.web.ETags;

@Path("/api/v1/funding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Allocations",
        description = "Allocations (dự toán được giao), the only spendable money; plans' estimates; support ceilings;"
                + " the read side of every stage")
public class AllocationResource {

    private final AllocationService allocations;
    private final SummaryService summaries;
    private final EstimateService estimates;
    private final CeilingService ceilings;

    AllocationResource(
            AllocationService allocations,
            SummaryService summaries,
            EstimateService estimates,
            CeilingService ceilings) {
        this.allocations = allocations;
        this.summaries = summaries;
        this.estimates = estimates;
        this.ceilings = ceilings;
    }

    @GET
    @Path("allocations")
    @Operation(
            operationId = "listAllocations",
            summary = "List allocations (danh sách dự toán được giao)",
            description = """
            Allocations the caller may see (the ministry: the whole country), by province (current or former code),
            fiscal year, source and plan; keyset pagination.""")
    @APIResponse(responseCode = "200", description = "A page of allocations")
    @APIResponse(responseCode = "422", description = "validation-failed, unknown-province")
    public Page<LedgerResponses.AllocationResponse> list(
            @Parameter(description = "Province code, current or former", example = "04") @QueryParam("province")
                    String province,
            @QueryParam("year") Integer year,
            @Parameter(description = "NATIONAL or LOCAL") @QueryParam("source") String source,
            @QueryParam("planId") UUID planId,
            @BeanParam @Valid PageRequest page) {
        return allocations.list(province, year, source, planId, page);
    }

    @POST
    @Path("allocations")
    @Operation(operationId = "createAllocation", summary = "Allocate money (giao dự toán)", description = """
            Makes money spendable for one province, fiscal year and public source, by decision (number and date).
            NATIONAL money is allocated only by the ministry, LOCAL money only by the province's approver. At most one
            allocation per plan, year and source. Accepts `Idempotency-Key`.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "National", value = LedgerExamples.ALLOCATE)))
    @APIResponse(
            responseCode = "201",
            description = "Allocated; ETag and Location",
            content =
                    @Content(
                            schema = @Schema(implementation = LedgerResponses.AllocationResponse.class),
                            examples = @ExampleObject(name = "Allocation", value = LedgerExamples.ALLOCATION)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "403", description = "allocation-authority, province-not-yours")
    @APIResponse(responseCode = "409", description = "duplicate-allocation")
    @APIResponse(responseCode = "422", description = "validation-failed, unknown-province, idempotency-key-reused")
    public Response allocate(
            @NotNull @Valid LedgerRequests.Allocate request,
            @HeaderParam(IdempotencyKey.HEADER) String key,
            @Context UriInfo uri) {
        LedgerResponses.AllocationResponse a = allocations.allocate(key, request);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(a.id().toString()).build())
                .entity(a)
                .tag(ETags.of(a.version()))
                .build();
    }

    @GET
    @Path("allocations/{id}")
    @Operation(
            operationId = "getAllocation",
            summary = "Read an allocation (dự toán được giao)",
            description = "Allocated, committed, disbursed and available money; `ETag` carries the version.")
    @APIResponse(
            responseCode = "200",
            description = "The allocation",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LedgerResponses.AllocationResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found")
    public Response get(@PathParam("id") UUID id) {
        LedgerResponses.AllocationResponse a = allocations.get(id);
        return ETags.ok(a, a.version()).build();
    }

    @POST
    @Path("allocations/{id}/adjustments")
    @Operation(
            operationId = "adjustAllocation",
            summary = "Adjust an allocation (điều chỉnh dự toán)",
            description = """
            A recorded decision raising or lowering the allocation (never below what is committed), by the same
            authority that allocates its source. Requires `If-Match`; accepts `Idempotency-Key`.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Decrease", value = LedgerExamples.ADJUSTMENT)))
    @APIResponse(
            responseCode = "200",
            description = "Adjusted; new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LedgerResponses.AllocationResponse.class)))
    @APIResponse(responseCode = "403", description = "allocation-authority, province-not-yours")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "allocation-below-committed, conflict")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "422", description = "validation-failed, idempotency-key-reused")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response adjust(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotencyKey.HEADER) String key,
            @NotNull @Valid LedgerRequests.Adjustment request) {
        LedgerResponses.AllocationResponse a = allocations.adjust(id, ifMatch, key, request);
        return ETags.ok(a, a.version()).build();
    }

    @GET
    @Path("allocations/{id}/journal")
    @Operation(
            operationId = "getAllocationJournal",
            summary = "Journal of an allocation (sổ nhật ký)",
            description = """
            Every movement of the allocation, oldest first: allocated, committed, disbursed, accepted and settled deltas
            with their document.""")
    @APIResponse(responseCode = "200", description = "A page of journal entries")
    public Page<LedgerResponses.JournalResponse> journal(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return allocations.journal(id, page);
    }

    @GET
    @Path("allocations/{id}/reconciliation")
    @Operation(
            operationId = "getAllocationReconciliation",
            summary = "Reconcile an allocation (đối chiếu)",
            description = """
            The allocation's balances, the sums of its journal and the sums of its projects, computed in the database;
            `reconciled` when all three agree.""")
    @APIResponse(responseCode = "200", description = "The reconciliation")
    public LedgerResponses.Reconciliation reconciliation(@PathParam("id") UUID id) {
        return allocations.reconciliation(id);
    }

    @GET
    @Path("summary")
    @Operation(
            operationId = "getFundingSummary",
            summary = "Funding summary (tổng hợp kinh phí khuyến công)",
            description = """
            The read side: estimate (plans), allocated, committed, disbursed, accepted, settled, and the projects'
            counterpart and other money, exact to the đồng, per province, year and source (`bySource`; a plan's
            whole-period estimate has no year) and per activity (`byActivity`, projects only), filtered by province,
            year, source, activity and plan. A province sees its own; the ministry sees the country.""")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "422", description = "validation-failed, unknown-province")
    public LedgerResponses.Summary summary(
            @QueryParam("province") String province,
            @QueryParam("year") Integer year,
            @QueryParam("source") String source,
            @QueryParam("activityType") String activityType,
            @QueryParam("planId") UUID planId) {
        return summaries.summary(province, year, source, activityType, planId);
    }

    @GET
    @Path("estimates/{planId}")
    @Operation(operationId = "getPlanEstimate", summary = "A plan's estimate (dự kiến kinh phí)", description = """
            The funding table of the plan's last approved or amended version, per source and per year or for the whole
            period, as plans-service published it; never spendable.""")
    @APIResponse(responseCode = "200", description = "The estimate")
    @APIResponse(responseCode = "404", description = "not-found")
    public LedgerResponses.Estimate estimate(@PathParam("planId") UUID planId) {
        return estimates.get(planId);
    }

    @GET
    @Path("ceilings")
    @Operation(operationId = "listSupportCeilings", summary = "Support ceilings (định mức hỗ trợ)", description = """
            Every ceiling on public support, nationwide and per province (HĐND levels), with its effective dates, by
            activity and province.""")
    @APIResponse(responseCode = "200", description = "The ceilings")
    @APIResponse(responseCode = "422", description = "validation-failed, unknown-province")
    public Map<String, List<LedgerResponses.CeilingResponse>> ceilings(
            @QueryParam("activityType") String activityType, @QueryParam("province") String province) {
        return Map.of("items", ceilings.list(activityType, province));
    }

    @GET
    @Path("ceilings/{id}")
    @Operation(
            operationId = "getSupportCeiling",
            summary = "A support ceiling (định mức hỗ trợ)",
            description = "One ceiling.")
    @APIResponse(responseCode = "200", description = "The ceiling")
    @APIResponse(responseCode = "404", description = "not-found")
    public LedgerResponses.CeilingResponse ceiling(@PathParam("id") UUID id) {
        return ceilings.get(id);
    }

    @POST
    @Path("ceilings")
    @Operation(
            operationId = "createSupportCeiling",
            summary = "Load a support ceiling (nạp định mức)",
            description = """
            An administrator loads a ceiling: nationwide (TT 28/2018/TT-BTC as amended by TT 64/2024/TT-BTC) or a
            province's own level by HĐND resolution, with its effective dates and, where the province requires one, the
            least counterpart share. A level is not edited: a new one starts on a later date.""")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "Provincial level", value = LedgerExamples.CEILING)))
    @APIResponse(
            responseCode = "201",
            description = "Loaded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LedgerResponses.CeilingResponse.class)))
    @APIResponse(responseCode = "403", description = "forbidden")
    @APIResponse(responseCode = "409", description = "duplicate-ceiling")
    @APIResponse(responseCode = "422", description = "validation-failed, unknown-province")
    public Response loadCeiling(@NotNull @Valid LedgerRequests.Ceiling request) {
        return Response.status(201).entity(ceilings.load(request)).build();
    }

    @GET
    @Path("allocations/{id}/history")
    @Operation(
            operationId = "getAllocationHistory",
            summary = "History of an allocation (lịch sử thay đổi)",
            description = "Who allocated or adjusted, when, and the state before and after.")
    @APIResponse(responseCode = "200", description = "A page of history")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        allocations.load(id);
        return allocations.history(id, page);
    }
}
