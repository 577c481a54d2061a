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
import vn.cnnt.funding.ledger.service.ProjectService;
import vn.cnnt.kit.history.HistoryEntry;
import vn.cnnt.kit.idempotency.IdempotencyKey;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.web.ETags;

@Path("/api/v1/funding/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Projects",
        description = "Khuyến công projects (đề án khuyến công) from registration to acceptance (nghiệm thu) and"
                + " settlement (quyết toán): the only way public money is spent")
public class ProjectResource {

    private static final String IF_MATCH = "If-Match";
    private static final String STEP_ERRORS = "forbidden, province-not-yours";

    private final ProjectService projects;

    ProjectResource(ProjectService projects) {
        this.projects = projects;
    }

    @GET
    @Operation(operationId = "listProjects", summary = "List projects (danh sách đề án)", description = """
            Projects the caller may see (the ministry: the whole country, so every province's national registrations),
            ordered by id with keyset pagination; filtered by province, source (NATIONAL, LOCAL), fiscal year, plan,
            allocation, beneficiary, activity type and status; `q` searches title, implementing unit and decision number
            accent- and case-insensitively.""")
    @APIResponse(responseCode = "200", description = "A page of projects")
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "422", description = "validation-failed, unknown-province")
    public Page<LedgerResponses.ProjectResponse> list(
            @Parameter(description = "Province code, current or former", example = "04") @QueryParam("province")
                    String province,
            @QueryParam("source") String source,
            @QueryParam("year") Integer year,
            @QueryParam("planId") UUID planId,
            @QueryParam("allocationId") UUID allocationId,
            @QueryParam("beneficiaryId") UUID beneficiaryId,
            @QueryParam("activityType") String activityType,
            @QueryParam("status") String status,
            @Parameter(description = "Free text, accent-insensitive", example = "mien dong") @QueryParam("q") String q,
            @BeanParam @Valid PageRequest page) {
        return projects.list(
                province, allocationId, beneficiaryId, activityType, status, source, year, planId, q, page);
    }

    @POST
    @Operation(operationId = "registerProject", summary = "Register a project (đăng ký đề án)", description = """
            A REGISTERED project of the caller's province (officers and approvers of the DOIT): implementing unit,
            beneficiary, activity, content, place, schedule, expected outputs and its budget lines, which must add up
            (support + counterpart + other = total cost). The support is checked against the ceiling in force on the
            registration date (never the counterpart or other money), and the counterpart against the least share the
            province requires. A national registration dated on or after 20 June counts for the year after the next
            (`fiscalYear` in the answer; `requestedYear` keeps what was asked); a year before the registration's is
            refused. No money moves. Accepts `Idempotency-Key`.""")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "Technology line", value = LedgerExamples.REGISTER)))
    @APIResponse(
            responseCode = "201",
            description = "Registered; ETag and Location",
            content = @Content(schema = @Schema(implementation = LedgerResponses.ProjectResponse.class)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "403", description = STEP_ERRORS)
    @APIResponse(
            responseCode = "422",
            description =
                    "validation-failed, unknown-reference, unknown-province, budget-lines-mismatch,"
                            + " support-above-ceiling, counterpart-below-minimum, registration-year-past, idempotency-key-reused")
    public Response register(
            @NotNull @Valid LedgerRequests.Register request,
            @HeaderParam(IdempotencyKey.HEADER) String key,
            @Context UriInfo uri) {
        LedgerResponses.ProjectResponse p = projects.register(key, request);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(p.id().toString()).build())
                .entity(p)
                .tag(ETags.of(p.version()))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getProject",
            summary = "Read a project (đề án)",
            description = "The project; `ETag` carries the version for If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The project",
            content =
                    @Content(
                            schema = @Schema(implementation = LedgerResponses.ProjectResponse.class),
                            examples = @ExampleObject(name = "Approved", value = LedgerExamples.PROJECT)))
    @APIResponse(responseCode = "404", description = "not-found")
    public Response get(@PathParam("id") UUID id) {
        return withETag(projects.get(id));
    }

    @POST
    @Path("{id}/appraisal")
    @Operation(operationId = "appraiseProject", summary = "Appraise a project (thẩm định cấp cơ sở)", description = """
            The DOIT's appraisal (officers and approvers of the province): REGISTERED → APPRAISED. Requires `If-Match`.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Minutes", value = LedgerExamples.STEP)))
    @APIResponse(
            responseCode = "200",
            description = "Appraised; new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LedgerResponses.ProjectResponse.class)))
    @APIResponse(responseCode = "403", description = STEP_ERRORS)
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "invalid-transition")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "422", description = "validation-failed")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response appraise(
            @PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch, @NotNull @Valid LedgerRequests.Step s) {
        return withETag(projects.appraise(id, ifMatch, s));
    }

    @POST
    @Path("{id}/central-appraisal")
    @Operation(
            operationId = "appraiseProjectCentrally",
            summary = "Appraise a national project centrally (thẩm định của Bộ)",
            description = """
            The ministry's agency appraises a national project the DOIT appraised (it stays APPRAISED, now
            `centrallyAppraised`); only then can the ministry approve it. Requires `If-Match`.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Minutes", value = LedgerExamples.STEP)))
    @APIResponse(
            responseCode = "200",
            description = "Appraised centrally; new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LedgerResponses.ProjectResponse.class)))
    @APIResponse(responseCode = "403", description = "national-approval-reserved")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "invalid-transition")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response appraiseCentrally(
            @PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch, @NotNull @Valid LedgerRequests.Step s) {
        return withETag(projects.appraiseCentrally(id, ifMatch, s));
    }

    @POST
    @Path("{id}/rejection")
    @Operation(operationId = "rejectProject", summary = "Reject a project (không thông qua)", description = """
            An appraisal refuses a REGISTERED or APPRAISED project: the DOIT, or the ministry for a national one.
            Requires `If-Match`.""")
    @APIResponse(
            responseCode = "200",
            description = "Rejected; new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LedgerResponses.ProjectResponse.class)))
    @APIResponse(responseCode = "403", description = STEP_ERRORS)
    @APIResponse(responseCode = "409", description = "invalid-transition")
    public Response reject(
            @PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch, @NotNull @Valid LedgerRequests.Step s) {
        return withETag(projects.reject(id, ifMatch, s));
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(operationId = "withdrawProject", summary = "Withdraw a project (rút đăng ký)", description = """
            Its implementing unit withdraws a REGISTERED or APPRAISED project through the DOIT. Requires `If-Match`.""")
    @APIResponse(
            responseCode = "200",
            description = "Withdrawn; new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LedgerResponses.ProjectResponse.class)))
    @APIResponse(responseCode = "403", description = STEP_ERRORS)
    @APIResponse(responseCode = "409", description = "invalid-transition")
    public Response withdraw(
            @PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch, @NotNull @Valid LedgerRequests.Step s) {
        return withETag(projects.withdraw(id, ifMatch, s));
    }

    @POST
    @Path("{id}/approval")
    @Operation(
            operationId = "approveProject",
            summary = "Approve a project on an allocation (giao kế hoạch)",
            description = """
            Commits the project's support on an allocation of its province, year and source: never more than the
            allocation's uncommitted money, within the ceiling in force on the decision date, never a second state
            support of the beneficiary for the same content in the year, for a certified product (trade promotion) or an
            established cluster (cluster infrastructure). NATIONAL: the ministry, after the central appraisal; LOCAL: an
            approver of the province. Requires `If-Match`; accepts `Idempotency-Key`.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Decision", value = LedgerExamples.APPROVE)))
    @APIResponse(
            responseCode = "200",
            description = "Approved; new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LedgerResponses.ProjectResponse.class)))
    @APIResponse(responseCode = "403", description = "national-approval-reserved, forbidden, province-not-yours")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(
            responseCode = "409",
            description =
                    "insufficient-allocation, allocation-frozen, central-appraisal-required, duplicate-state-support,"
                            + " invalid-transition, conflict")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(
            responseCode = "422",
            description =
                    "validation-failed, unknown-reference, allocation-mismatch, support-above-ceiling,"
                            + " counterpart-below-minimum, product-not-certified, cluster-not-established, idempotency-key-reused")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response approve(
            @PathParam("id") UUID id,
            @HeaderParam(IF_MATCH) String ifMatch,
            @HeaderParam(IdempotencyKey.HEADER) String key,
            @NotNull @Valid LedgerRequests.Approve request) {
        return withETag(projects.approve(id, ifMatch, key, request));
    }

    @POST
    @Path("{id}/contract")
    @Operation(operationId = "contractProject", summary = "Record the contract (hợp đồng)", description = """
            APPROVED → CONTRACTED: the contract's number and date (the ministry's agency for a national project, the DOIT
            for a local one). Requires `If-Match`.""")
    @APIResponse(
            responseCode = "200",
            description = "Contracted; new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LedgerResponses.ProjectResponse.class)))
    @APIResponse(responseCode = "403", description = STEP_ERRORS)
    @APIResponse(responseCode = "409", description = "invalid-transition")
    public Response contract(
            @PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch, @NotNull @Valid LedgerRequests.Step s) {
        return withETag(projects.contract(id, ifMatch, s));
    }

    @POST
    @Path("{id}/disbursements")
    @Operation(
            operationId = "createDisbursement",
            summary = "Record an advance or payment (tạm ứng / thanh toán)",
            description = """
            On a CONTRACTED or IN_PROGRESS project (which becomes IN_PROGRESS), or an ACCEPTED one up to the accepted
            amount; never more than its commitment. NATIONAL money: the ministry; LOCAL: an approver of the province.
            Requires `If-Match` (`*` when the caller does not track the version: the project is locked either way);
            accepts `Idempotency-Key`, and a replay moves no money.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Advance", value = LedgerExamples.DISBURSE)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content =
                    @Content(
                            schema = @Schema(implementation = LedgerResponses.DisbursementResponse.class),
                            examples = @ExampleObject(name = "Advance", value = LedgerExamples.DISBURSEMENT)))
    @APIResponse(responseCode = "403", description = "national-source-reserved, forbidden")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "disbursement-exceeds-commitment, invalid-transition, conflict")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "422", description = "validation-failed, idempotency-key-reused")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response disburse(
            @PathParam("id") UUID id,
            @HeaderParam(IF_MATCH) String ifMatch,
            @HeaderParam(IdempotencyKey.HEADER) String key,
            @NotNull @Valid LedgerRequests.Disburse request) {
        return Response.status(201)
                .entity(projects.disburse(id, ifMatch, key, request))
                .build();
    }

    @GET
    @Path("{id}/disbursements")
    @Operation(
            operationId = "listDisbursements",
            summary = "Disbursements of a project (các lần giải ngân)",
            description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "The disbursements")
    @APIResponse(responseCode = "404", description = "not-found")
    public Map<String, List<LedgerResponses.DisbursementResponse>> disbursements(@PathParam("id") UUID id) {
        return Map.of("items", projects.disbursements(id));
    }

    @POST
    @Path("{id}/acceptance")
    @Operation(operationId = "acceptProject", summary = "Record the acceptance (nghiệm thu)", description = """
            The acceptance minutes of a CONTRACTED or IN_PROGRESS project: the outputs delivered and the accepted amount,
            which covers what was paid and stays within the commitment. Requires `If-Match`; accepts `Idempotency-Key`.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Minutes", value = LedgerExamples.ACCEPT)))
    @APIResponse(
            responseCode = "200",
            description = "Accepted; new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LedgerResponses.ProjectResponse.class)))
    @APIResponse(responseCode = "403", description = STEP_ERRORS)
    @APIResponse(responseCode = "409", description = "invalid-transition")
    @APIResponse(responseCode = "422", description = "validation-failed, acceptance-out-of-range")
    public Response accept(
            @PathParam("id") UUID id,
            @HeaderParam(IF_MATCH) String ifMatch,
            @HeaderParam(IdempotencyKey.HEADER) String key,
            @NotNull @Valid LedgerRequests.Accept request) {
        return withETag(projects.accept(id, ifMatch, key, request));
    }

    @POST
    @Path("{id}/settlement")
    @Operation(operationId = "settleProject", summary = "Settle a project (quyết toán)", description = """
            Closes an ACCEPTED project at what was paid (never above what was accepted); the rest of its support returns
            to the allocation. Requires `If-Match`; accepts `Idempotency-Key`.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Settlement", value = LedgerExamples.SETTLE)))
    @APIResponse(
            responseCode = "200",
            description = "Settled; new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LedgerResponses.ProjectResponse.class)))
    @APIResponse(responseCode = "403", description = "national-source-reserved, forbidden")
    @APIResponse(responseCode = "409", description = "invalid-transition")
    @APIResponse(responseCode = "422", description = "validation-failed, settlement-mismatch")
    public Response settle(
            @PathParam("id") UUID id,
            @HeaderParam(IF_MATCH) String ifMatch,
            @HeaderParam(IdempotencyKey.HEADER) String key,
            @NotNull @Valid LedgerRequests.Settle request) {
        return withETag(projects.settle(id, ifMatch, key, request));
    }

    @POST
    @Path("{id}/cancellation")
    @Operation(operationId = "cancelProject", summary = "Cancel a project (hủy)", description = """
            An APPROVED or CONTRACTED project with nothing paid: its support returns to the allocation. Once money was
            paid, accept and settle it instead. Requires `If-Match`; accepts `Idempotency-Key`.""")
    @APIResponse(
            responseCode = "200",
            description = "Cancelled; new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LedgerResponses.ProjectResponse.class)))
    @APIResponse(responseCode = "403", description = "national-source-reserved, forbidden")
    @APIResponse(responseCode = "409", description = "project-has-disbursements, invalid-transition")
    public Response cancel(
            @PathParam("id") UUID id,
            @HeaderParam(IF_MATCH) String ifMatch,
            @HeaderParam(IdempotencyKey.HEADER) String key,
            @NotNull @Valid LedgerRequests.Step s) {
        return withETag(projects.cancel(id, ifMatch, key, s));
    }

    @GET
    @Path("{id}/steps")
    @Operation(
            operationId = "listProjectSteps",
            summary = "Steps of a project (các bước)",
            description = "Every step with its document number and date, who decided and in which role, oldest first.")
    @APIResponse(responseCode = "200", description = "The steps")
    @APIResponse(responseCode = "404", description = "not-found")
    public Map<String, List<LedgerResponses.StepResponse>> steps(@PathParam("id") UUID id) {
        return Map.of("items", projects.steps(id));
    }

    @GET
    @Path("{id}/history")
    @Operation(
            operationId = "getProjectHistory",
            summary = "History of a project (lịch sử thay đổi)",
            description = "Who changed what, when, and the state before and after.")
    @APIResponse(responseCode = "200", description = "A page of history")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return projects.history(id, page);
    }

    private static Response withETag(LedgerResponses.ProjectResponse p) {
        return ETags.ok(p, p.version()).build();
    }
}
