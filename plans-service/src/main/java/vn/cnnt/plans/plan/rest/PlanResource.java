package vn.cnnt.plans.plan.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cnnt.kit.history.HistoryEntry;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.web.ETags;
import vn.cnnt.kit.web.RenderedVersions;
import vn.cnnt.plans.plan.api.PlanRequest;
import vn.cnnt.plans.plan.api.PlanResponse;
import vn.cnnt.plans.plan.api.PlanSummary;
import vn.cnnt.plans.plan.api.PlanVersionList;
import vn.cnnt.plans.plan.api.PlanVersionResponse;
import vn.cnnt.plans.plan.api.TransitionRequests;
import vn.cnnt.plans.plan.service.PlanSearch;
import vn.cnnt.plans.plan.service.PlanService;

/**
 * Plans over HTTP: statuses, ETags and Location; the rules are in {@link PlanService}. Error responses list their
 * problem slugs, which {@code PlanProblemCatalogue} turns into documented problem+json responses.
 */
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Plans", description = "Plans, schemes and programmes (kế hoạch, đề án, chương trình) for rural industry")
public class PlanResource {

    private static final String IF_MATCH = "If-Match";
    private static final String ID = "Plan id (mã kế hoạch)";
    private static final String ETAG = "The ETag of your last read (its version), e.g. \"2\"";

    private final PlanService plans;
    private final PlanSearch search;

    PlanResource(PlanService plans, PlanSearch search) {
        this.plans = plans;
        this.search = search;
    }

    @GET
    @Operation(operationId = "listPlans", summary = "Search plans (tìm kiếm kế hoạch)", description = """
            Plans visible to the caller, newest issue date first, in keyset pages. `province` takes a current or former
            code and also finds the records of the provinces merged into it (70 Bình Phước is found under 75 Đồng Nai);
            `q` searches title, document number, authority, signer and province name without accents or case
            (`cao bang` finds Cao Bằng), every word must appear; `periodFrom`/`periodTo` find plans whose period overlaps.""")
    @APIResponse(
            responseCode = "200",
            description = "A page of plans",
            content =
                    @Content(
                            schema = @Schema(ref = "PlanSummaryPage"),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Bình Phước", value = PlanExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "422", description = "validation-failed, unknown-province")
    public Page<PlanSummary> list(
            @QueryParam("province")
                    @Parameter(description = "Province code (mã tỉnh), current or former", example = "75")
                    String province,
            @QueryParam("kind") @Parameter(description = "PROGRAMME, SCHEME or PLAN") String kind,
            @QueryParam("status") @Parameter(description = "DRAFT, SUBMITTED, APPROVED, COMPLETED or CANCELLED")
                    String status,
            @QueryParam("periodFrom")
                    @Parameter(description = "Plans whose period ends in or after this year", example = "2021")
                    Integer periodFrom,
            @QueryParam("periodTo")
                    @Parameter(description = "Plans whose period starts in or before this year", example = "2025")
                    Integer periodTo,
            @QueryParam("documentNumber") @Parameter(description = "Số, ký hiệu", example = "317/KH-UBND")
                    String documentNumber,
            @QueryParam("q") @Parameter(description = "Free text, accent- and case-insensitive", example = "cao bang")
                    String q,
            @BeanParam @Valid PageRequest page) {
        return search.search(
                new PlanSearch.Filters(province, kind, status, periodFrom, periodTo, documentNumber, q), page);
    }

    @POST
    @Operation(
            operationId = "createPlan",
            summary = "Enter a plan as a draft (nhập dự thảo kế hoạch)",
            description = """
            Officers and approvers of the plan's province (or the ministry) enter a plan, scheme or programme with its
            tasks (nhiệm vụ), targets (chỉ tiêu) and funding table (dự kiến kinh phí: an estimate, per year or for the
            whole period; OTHER money names its programme). The province code is the one valid on the issue date; the
            document number is kept exactly as written ("08/KH-UBND") and unique per issuer and year, ignoring a leading
            zero. Totals per source and per year are computed, never entered.""")
    @RequestBody(
            content =
                    @Content(
                            examples = {
                                @ExampleObject(name = "Thừa Thiên Huế 2024", value = PlanExamples.PLAN_REQUEST),
                                @ExampleObject(
                                        name = "Bình Dương programme to 2020",
                                        value = PlanExamples.PROGRAMME_REQUEST),
                                @ExampleObject(
                                        name = "Cao Bằng 2021-2025 estimate (number and date illustrative)",
                                        value = PlanExamples.WHOLE_PERIOD_REQUEST)
                            }))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag headers",
            content =
                    @Content(
                            schema = @Schema(implementation = PlanResponse.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Draft", value = PlanExamples.PLAN)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "403", description = "forbidden, province-not-yours")
    @APIResponse(responseCode = "409", description = "duplicate-document-number")
    @APIResponse(responseCode = "413", description = "payload-too-large")
    @APIResponse(responseCode = "415", description = "unsupported-media-type")
    @APIResponse(
            responseCode = "422",
            description = "validation-failed, malformed-document-number, invalid-period, "
                    + "funding-year-outside-period, duplicate-task-code, unknown-task, unknown-parent-plan, unknown-province, "
                    + "funding-programme-mismatch, mixed-estimate-periods")
    public Response create(@NotNull @Valid PlanRequest request, @Context UriInfo uri) {
        PlanResponse created = plans.create(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .tag(ETags.of(created.version()))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPlan", summary = "Read a plan (xem kế hoạch)", description = """
            The plan with its tasks, funding table and computed totals (tổng hợp kinh phí); the ETag is its version.""")
    @APIResponse(
            responseCode = "200",
            description = "The plan; ETag header",
            content =
                    @Content(
                            schema = @Schema(implementation = PlanResponse.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Approved", value = PlanExamples.PLAN)))
    @APIResponse(responseCode = "404", description = "not-found")
    public Response get(@PathParam("id") @Parameter(description = ID) UUID id) {
        RenderedVersions.Rendered plan = plans.getJson(id);
        return Response.ok(plan.json(), MediaType.APPLICATION_JSON_TYPE)
                .tag(ETags.of(plan.version()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updatePlan", summary = "Edit a draft (sửa dự thảo)", description = """
            Replaces the whole content of a DRAFT plan (tasks keep their ids when their code stays); officers and
            approvers; requires If-Match. A submitted or approved plan is not edited: approved ones are amended.""")
    @RequestBody(
            content =
                    @Content(
                            examples = @ExampleObject(name = "Thừa Thiên Huế 2024", value = PlanExamples.PLAN_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The edited plan; new ETag",
            content =
                    @Content(
                            schema = @Schema(implementation = PlanResponse.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Draft", value = PlanExamples.PLAN)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "403", description = "forbidden, province-not-yours")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "plan-not-editable, duplicate-document-number, conflict")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(
            responseCode = "422",
            description = "validation-failed, malformed-document-number, invalid-period, "
                    + "funding-year-outside-period, duplicate-task-code, unknown-task, unknown-parent-plan, unknown-province, "
                    + "funding-programme-mismatch, mixed-estimate-periods")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response update(
            @PathParam("id") @Parameter(description = ID) UUID id,
            @HeaderParam(IF_MATCH) @Parameter(description = ETAG) String ifMatch,
            @NotNull @Valid PlanRequest request) {
        return withETag(plans.update(id, ifMatch, request));
    }

    @POST
    @Path("{id}/submission")
    @Operation(operationId = "submitPlan", summary = "Submit a draft (trình duyệt, tờ trình)", description = """
            DRAFT → SUBMITTED with an optional note (e.g. the number of the tờ trình); officers and approvers; requires
            If-Match.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Tờ trình", value = PlanExamples.SUBMISSION)))
    @APIResponse(
            responseCode = "200",
            description = "The submitted plan; new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "invalid-transition, conflict")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "422", description = "validation-failed")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response submit(
            @PathParam("id") @Parameter(description = ID) UUID id,
            @HeaderParam(IF_MATCH) @Parameter(description = ETAG) String ifMatch,
            @Valid TransitionRequests.Submission body) {
        return withETag(plans.submit(id, ifMatch, body));
    }

    @POST
    @Path("{id}/approval")
    @Operation(operationId = "approvePlan", summary = "Approve a plan (ban hành)", description = """
            SUBMITTED → APPROVED with the approving decision's number, kept as written; approvers; requires If-Match.
            Records vn.cnnt.plans.plan.approved.v1, which publishes the plan's estimate (dự kiến) per source and per year or
            whole period. Approving a plan allocates nothing: spendable money exists only by an allocation decision
            (dự toán được giao) in funding-service.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Quyết định", value = PlanExamples.APPROVAL)))
    @APIResponse(
            responseCode = "200",
            description = "The approved plan; new ETag",
            content =
                    @Content(
                            schema = @Schema(implementation = PlanResponse.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Approved", value = PlanExamples.PLAN)))
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "invalid-transition, conflict")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "422", description = "validation-failed, malformed-document-number")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response approve(
            @PathParam("id") @Parameter(description = ID) UUID id,
            @HeaderParam(IF_MATCH) @Parameter(description = ETAG) String ifMatch,
            @Valid TransitionRequests.Approval body) {
        return withETag(plans.approve(id, ifMatch, body));
    }

    @POST
    @Path("{id}/completion")
    @Operation(operationId = "completePlan", summary = "Complete a plan (hoàn thành)", description = """
            APPROVED → COMPLETED with an optional note (e.g. the closing report); approvers; requires If-Match. Records
            vn.cnnt.plans.plan.completed.v1.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Tổng kết", value = PlanExamples.COMPLETION)))
    @APIResponse(
            responseCode = "200",
            description = "The completed plan; new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "invalid-transition, conflict")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "422", description = "validation-failed")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response complete(
            @PathParam("id") @Parameter(description = ID) UUID id,
            @HeaderParam(IF_MATCH) @Parameter(description = ETAG) String ifMatch,
            @Valid TransitionRequests.Completion body) {
        return withETag(plans.complete(id, ifMatch, body));
    }

    @POST
    @Path("{id}/cancellation")
    @Operation(operationId = "cancelPlan", summary = "Cancel a plan (hủy bỏ)", description = """
            DRAFT, SUBMITTED or APPROVED → CANCELLED with a reason (lý do) and optionally the cancelling decision;
            approvers; requires If-Match. Records vn.cnnt.plans.plan.cancelled.v1: the plan's estimate is withdrawn; no
            allocated money is touched (allocations are decisions of their own).""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Hủy bỏ", value = PlanExamples.CANCELLATION)))
    @APIResponse(
            responseCode = "200",
            description = "The cancelled plan; new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "invalid-transition, conflict")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "422", description = "validation-failed, malformed-document-number")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response cancel(
            @PathParam("id") @Parameter(description = ID) UUID id,
            @HeaderParam(IF_MATCH) @Parameter(description = ETAG) String ifMatch,
            @NotNull @Valid TransitionRequests.Cancellation body) {
        return withETag(plans.cancel(id, ifMatch, body));
    }

    @POST
    @Path("{id}/supersession")
    @Operation(operationId = "supersedePlan", summary = "Record that a plan was replaced (thay thế)", description = """
            APPROVED → SUPERSEDED: another document replaced this one (its number as written and date; the replacing
            plan's id when it is entered here). Approvers; requires If-Match. The plan's content stays as it was. Records
            vn.cnnt.plans.plan.superseded.v1: the plan's estimate is replaced by the replacing document's; no allocated
            money is touched.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Thay thế", value = PlanExamples.SUPERSESSION)))
    @APIResponse(
            responseCode = "200",
            description = "The superseded plan; new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "invalid-transition, conflict")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(
            responseCode = "422",
            description = "validation-failed, malformed-document-number, unknown-superseding-plan, invalid-period")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response supersede(
            @PathParam("id") @Parameter(description = ID) UUID id,
            @HeaderParam(IF_MATCH) @Parameter(description = ETAG) String ifMatch,
            @NotNull @Valid TransitionRequests.Supersession body) {
        return withETag(plans.supersede(id, ifMatch, body));
    }

    @POST
    @Path("{id}/amendments")
    @Operation(operationId = "amendPlan", summary = "Amend an approved plan (sửa đổi, bổ sung)", description = """
            Approved content is never overwritten: the current content becomes a readable version, the amending
            document's number, date and rationale are recorded, and the new content applies (same document number,
            province and issue date). Approvers; requires If-Match. Records vn.cnnt.plans.plan.amended.v1, which publishes
            the new estimate; no allocated money changes.""")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "Bổ sung kinh phí", value = PlanExamples.AMENDMENT)))
    @APIResponse(
            responseCode = "200",
            description = "The amended plan; new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "invalid-transition, duplicate-document-number, conflict")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(
            responseCode = "422",
            description = "validation-failed, malformed-document-number, amendment-changes-identity, "
                    + "invalid-period, funding-year-outside-period, duplicate-task-code, unknown-task, unknown-parent-plan, unknown-province, "
                    + "funding-programme-mismatch, mixed-estimate-periods")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response amend(
            @PathParam("id") @Parameter(description = ID) UUID id,
            @HeaderParam(IF_MATCH) @Parameter(description = ETAG) String ifMatch,
            @NotNull @Valid TransitionRequests.Amendment amendment) {
        return withETag(plans.amend(id, ifMatch, amendment));
    }

    @GET
    @Path("{id}/versions")
    @Operation(operationId = "listPlanVersions", summary = "Versions of a plan (các phiên bản)", description = """
            The versions replaced by amendments, oldest first, then the current one; each names the amending document
            (văn bản sửa đổi) that produced it.""")
    @APIResponse(
            responseCode = "200",
            description = "The versions",
            content =
                    @Content(
                            schema = @Schema(implementation = PlanVersionList.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Amended once", value = PlanExamples.VERSIONS)))
    @APIResponse(responseCode = "404", description = "not-found")
    public PlanVersionList versions(@PathParam("id") @Parameter(description = ID) UUID id) {
        return new PlanVersionList(plans.versions(id));
    }

    @GET
    @Path("{id}/versions/{number}")
    @Operation(operationId = "getPlanVersion", summary = "One version of a plan (một phiên bản)", description = """
            Version 1 is the content as first approved; each amendment adds the next number.""")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "404", description = "not-found")
    public PlanVersionResponse version(
            @PathParam("id") @Parameter(description = ID) UUID id,
            @PathParam("number") @Parameter(description = "Version number, from 1", example = "1") int number) {
        return plans.version(id, number);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getPlanHistory", summary = "History of a plan (lịch sử thay đổi)", description = """
            Who changed what and when, oldest first, with the request id of each change; paginated.""")
    @APIResponse(
            responseCode = "200",
            description = "A page of changes",
            content =
                    @Content(
                            schema = @Schema(ref = "HistoryEntryPage"),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Approval", value = PlanExamples.HISTORY)))
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "422", description = "validation-failed")
    public Page<HistoryEntry> history(
            @PathParam("id") @Parameter(description = ID) UUID id, @BeanParam @Valid PageRequest page) {
        return plans.history(id, page);
    }

    private static Response withETag(PlanResponse plan) {
        return ETags.ok(plan, plan.version()).build();
    }
}
