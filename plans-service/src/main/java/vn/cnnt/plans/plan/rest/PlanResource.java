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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cnnt.kit.history.HistoryEntry;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.web.ETags;
import vn.cnnt.plans.plan.api.PlanRequest;
import vn.cnnt.plans.plan.api.PlanResponse;
import vn.cnnt.plans.plan.api.PlanSummary;
import vn.cnnt.plans.plan.api.PlanVersionResponse;
import vn.cnnt.plans.plan.api.TransitionRequests;
import vn.cnnt.plans.plan.service.PlanSearch;
import vn.cnnt.plans.plan.service.PlanService;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Plans", description = "Plans, schemes and programmes (kế hoạch, đề án, chương trình) for rural industry")
public class PlanResource {

    private static final String IF_MATCH = "If-Match";

    private final PlanService plans;
    private final PlanSearch search;

    PlanResource(PlanService plans, PlanSearch search) {
        this.plans = plans;
        this.search = search;
    }

    @GET
    @Operation(summary = "Search plans (tìm kiếm kế hoạch)", description = """
            Plans visible to the caller, newest issue date first. `province` takes a current code and also finds the
            records of the provinces merged into it (70 Bình Phước is found under 75 Đồng Nai); `q` searches title,
            document number, authority, signer and province name without accents or case (`cao bang` finds Cao Bằng);
            every word of `q` must appear; `periodFrom`/`periodTo` find plans whose period overlaps.""")
    @APIResponse(responseCode = "200", description = "A page of plans")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Page<PlanSummary> list(@QueryParam("province") @Parameter(example = "75") String province,
                                  @QueryParam("kind") @Parameter(description = "PROGRAMME, SCHEME or PLAN") String kind,
                                  @QueryParam("status") @Parameter(description = "DRAFT, SUBMITTED, APPROVED, COMPLETED, CANCELLED") String status,
                                  @QueryParam("periodFrom") Integer periodFrom,
                                  @QueryParam("periodTo") Integer periodTo,
                                  @QueryParam("documentNumber") @Parameter(example = "317/KH-UBND") String documentNumber,
                                  @QueryParam("q") @Parameter(example = "cao bang") String q,
                                  @BeanParam @Valid PageRequest page) {
        return search.search(new PlanSearch.Filters(province, kind, status, periodFrom, periodTo, documentNumber, q), page);
    }

    @POST
    @Operation(summary = "Enter a plan as a draft (nhập kế hoạch)", description = """
            Officers and approvers of the plan's province (or the ministry) enter a plan with its tasks, targets and
            funding table. The province code is the one valid on the issue date. Totals are computed.""")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers")
    @APIResponse(responseCode = "400", ref = "MalformedRequest")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "duplicate-document-number")
    @APIResponse(responseCode = "422", ref = "ValidationFailed",
            description = "validation-failed, malformed-document-number, invalid-period, unknown-province, unknown-task, unknown-parent-plan")
    public Response create(@NotNull @Valid PlanRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        PlanResponse created = plans.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).tag(ETags.of(created.version())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a plan (xem kế hoạch)", description = "With tasks, funding table and totals; the ETag is its version.")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        PlanResponse plan = plans.get(id);
        return ETags.ok(plan, plan.version()).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit a draft (sửa dự thảo)", description = "Replaces the content of a DRAFT plan; requires If-Match.")
    @APIResponse(responseCode = "200", description = "The edited plan")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "plan-not-editable, duplicate-document-number")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch, @NotNull @Valid PlanRequest request) {
        return withETag(plans.update(id, ifMatch, request));
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit a draft (trình duyệt)", description = "DRAFT → SUBMITTED; officers; requires If-Match.")
    @APIResponse(responseCode = "200", description = "The submitted plan")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "invalid-transition")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response submit(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch, @Valid TransitionRequests.Submission body) {
        return withETag(plans.submit(id, ifMatch, body));
    }

    @POST
    @Path("{id}/approval")
    @Operation(summary = "Approve a plan (ban hành)", description = """
            SUBMITTED → APPROVED; approvers; requires If-Match. Publishes vn.cnnt.plans.plan.approved.v1, from which
            funding-service opens one budget envelope per year and source.""")
    @APIResponse(responseCode = "200", description = "The approved plan")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "invalid-transition")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response approve(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch, @Valid TransitionRequests.Approval body) {
        return withETag(plans.approve(id, ifMatch, body));
    }

    @POST
    @Path("{id}/completion")
    @Operation(summary = "Complete a plan (hoàn thành)", description = "APPROVED → COMPLETED; approvers; requires If-Match.")
    @APIResponse(responseCode = "200", description = "The completed plan")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "invalid-transition")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response complete(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch, @Valid TransitionRequests.Completion body) {
        return withETag(plans.complete(id, ifMatch, body));
    }

    @POST
    @Path("{id}/cancellation")
    @Operation(summary = "Cancel a plan (hủy bỏ)", description = """
            Any state before completion → CANCELLED, with a reason; approvers; requires If-Match. Funding-service
            freezes the uncommitted rest of its envelopes.""")
    @APIResponse(responseCode = "200", description = "The cancelled plan")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "invalid-transition")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch,
                           @NotNull @Valid TransitionRequests.Cancellation body) {
        return withETag(plans.cancel(id, ifMatch, body));
    }

    @POST
    @Path("{id}/amendments")
    @Operation(summary = "Amend an approved plan (sửa đổi, bổ sung)", description = """
            Approved content is never overwritten: the current content becomes a readable version, the amending
            document number and rationale are recorded, and the new content applies. Approvers; requires If-Match.""")
    @APIResponse(responseCode = "200", description = "The amended plan")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "invalid-transition")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response amend(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch,
                          @NotNull @Valid TransitionRequests.Amendment amendment) {
        return withETag(plans.amend(id, ifMatch, amendment));
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Versions of a plan (các phiên bản)", description = "Versions replaced by amendments, oldest first, then the current one.")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Map<String, List<PlanVersionResponse>> versions(@PathParam("id") UUID id) {
        return Map.of("items", plans.versions(id));
    }

    @GET
    @Path("{id}/versions/{number}")
    @Operation(summary = "One version of a plan")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PlanVersionResponse version(@PathParam("id") UUID id, @PathParam("number") int number) {
        return plans.versions(id).stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> vn.cnnt.kit.problem.ProblemException.notFound("Version", number + " of plan " + id));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "History of a plan (lịch sử thay đổi)", description = "Who changed what, when; oldest first.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return plans.history(id, page);
    }

    private static Response withETag(PlanResponse plan) {
        return ETags.ok(plan, plan.version()).build();
    }
}
