package vn.cnnt.funding.ledger.rest;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
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
import vn.cnnt.funding.ledger.api.LedgerViews;
import vn.cnnt.funding.ledger.service.CommitmentService;
import vn.cnnt.kit.history.HistoryEntry;
import vn.cnnt.kit.idempotency.IdempotencyKeys;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.security.Caller;
import vn.cnnt.kit.web.ETags;

@Path("/api/v1/funding/commitments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Commitments",
        description =
                "Support decisions (quyết định hỗ trợ), disbursements (tạm ứng, thanh toán) and settlement (thanh quyết toán)")
public class CommitmentResource {

    private static final String IF_MATCH = "If-Match";

    private final CommitmentService commitments;
    private final IdempotencyKeys idempotency;
    private final Caller caller;

    CommitmentResource(CommitmentService commitments, IdempotencyKeys idempotency, Caller caller) {
        this.commitments = commitments;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List commitments (danh sách quyết định hỗ trợ)", description = """
            Commitments the caller may see, ordered by id with keyset pagination, filtered by province (current or former code),
            envelope, beneficiary, activity type and status; `q` searches the title and decision number accent- and
            case-insensitively ("may say" finds "Máy sấy").""")
    @APIResponse(responseCode = "200", description = "A page of commitments")
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "422", description = "validation-failed, unknown-province")
    public Page<LedgerViews.CommitmentView> list(
            @Parameter(description = "Province code, current or former", example = "04") @QueryParam("province")
                    String province,
            @QueryParam("envelopeId") UUID envelopeId,
            @QueryParam("beneficiaryId") UUID beneficiaryId,
            @Parameter(description = "Activity type (nội dung hoạt động khuyến công)") @QueryParam("activityType")
                    String activityType,
            @Parameter(description = "PROPOSED, APPROVED, SETTLED or CANCELLED") @QueryParam("status") String status,
            @Parameter(description = "Free text, accent-insensitive", example = "may say") @QueryParam("q") String q,
            @BeanParam @Valid PageRequest page) {
        return commitments.list(province, envelopeId, beneficiaryId, activityType, status, q, page);
    }

    @POST
    @Transactional
    @Operation(summary = "Propose support (đề xuất hỗ trợ)", description = """
            A PROPOSED commitment of an envelope to a beneficiary for one khuyến công activity: eligible cost (chi phí hợp lệ)
            and support (mức hỗ trợ) in đồng. No money moves until approval. Officers, approvers and the ministry propose.
            Trade promotion names the OCOP product, cluster infrastructure the cluster. Accepts `Idempotency-Key`.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Machinery", value = LedgerExamples.PROPOSE)))
    @APIResponse(
            responseCode = "201",
            description = "Proposed; ETag and Location",
            content =
                    @Content(
                            schema = @Schema(implementation = LedgerViews.CommitmentView.class),
                            examples = @ExampleObject(name = "Proposed", value = LedgerExamples.COMMITMENT)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(
            responseCode = "422",
            description = "validation-failed, unknown-reference, support-above-cost, idempotency-key-reused")
    public Response propose(
            @NotNull @Valid LedgerRequests.ProposeCommitment request,
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(caller.id(), key, "propose-commitment", request, () -> {
            LedgerViews.CommitmentView c = commitments.propose(request);
            return Response.created(
                            uri.getAbsolutePathBuilder().path(c.id().toString()).build())
                    .entity(c)
                    .tag(ETags.of(c.version()))
                    .build();
        });
    }

    @GET
    @Path("{id}")
    @Operation(
            summary = "Read a commitment (quyết định hỗ trợ)",
            description =
                    "The commitment with its envelope's plan, source and year; `ETag` carries the version for If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The commitment",
            content =
                    @Content(
                            schema = @Schema(implementation = LedgerViews.CommitmentView.class),
                            examples = @ExampleObject(name = "Approved", value = LedgerExamples.COMMITMENT)))
    @APIResponse(responseCode = "404", description = "not-found")
    public Response get(@PathParam("id") UUID id) {
        LedgerViews.CommitmentView c = commitments.get(id);
        return ETags.ok(c, c.version()).build();
    }

    @POST
    @Path("{id}/approval")
    @Transactional
    @Operation(summary = "Approve support (quyết định hỗ trợ)", description = """
            Commits the support against the envelope: never more than its uncommitted budget, within the ceiling of the
            activity, for a certified product (trade promotion) or an established cluster (cluster infrastructure).
            NATIONAL money: the ministry; other sources: an approver of the province. The ceiling in force on the decision
            date is named in the problem. Requires `If-Match`; accepts `Idempotency-Key`.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Decision", value = LedgerExamples.APPROVE)))
    @APIResponse(
            responseCode = "200",
            description = "The approved commitment; new ETag",
            content =
                    @Content(
                            schema = @Schema(implementation = LedgerViews.CommitmentView.class),
                            examples = @ExampleObject(name = "Approved", value = LedgerExamples.COMMITMENT)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "403", description = "national-source-reserved, forbidden")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(
            responseCode = "409",
            description = "insufficient-envelope, envelope-frozen, invalid-transition, conflict")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(
            responseCode = "422",
            description =
                    "validation-failed, support-above-ceiling, product-not-certified, cluster-not-established, idempotency-key-reused")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response approve(
            @PathParam("id") UUID id,
            @HeaderParam(IF_MATCH) String ifMatch,
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @NotNull @Valid LedgerRequests.Approve request) {
        return idempotency.once(
                caller.id(),
                key,
                "approve-commitment:" + id,
                request,
                () -> withETag(commitments.approve(id, ifMatch, request)));
    }

    @POST
    @Path("{id}/disbursements")
    @Transactional
    @Operation(summary = "Record a disbursement (tạm ứng / thanh toán)", description = """
            An advance (tạm ứng) or payment (thanh toán) on an APPROVED commitment, with its voucher (chứng từ); never more
            than what remains of the commitment. Requires `If-Match` (`*` when the caller does not track the version: the
            commitment is locked either way); accepts `Idempotency-Key`, and a replay moves no money.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Advance", value = LedgerExamples.DISBURSE)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content =
                    @Content(
                            schema = @Schema(implementation = LedgerViews.DisbursementView.class),
                            examples = @ExampleObject(name = "Advance", value = LedgerExamples.DISBURSEMENT)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "403", description = "national-source-reserved, forbidden")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "disbursement-exceeds-commitment, invalid-transition, conflict")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "422", description = "validation-failed, idempotency-key-reused")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response disburse(
            @PathParam("id") UUID id,
            @HeaderParam(IF_MATCH) String ifMatch,
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @NotNull @Valid LedgerRequests.Disburse request) {
        return idempotency.once(
                caller.id(),
                key,
                "disburse:" + id,
                request,
                () -> Response.status(Response.Status.CREATED)
                        .entity(commitments.disburse(id, ifMatch, request))
                        .build());
    }

    @GET
    @Path("{id}/disbursements")
    @Operation(
            summary = "Disbursements of a commitment (các lần giải ngân)",
            description = "Every advance and payment of the commitment, oldest first.")
    @APIResponse(responseCode = "200", description = "The disbursements as {\"items\": [...]}")
    @APIResponse(responseCode = "404", description = "not-found")
    public Map<String, List<LedgerViews.DisbursementView>> disbursements(@PathParam("id") UUID id) {
        return Map.of("items", commitments.disbursements(id));
    }

    @POST
    @Path("{id}/settlement")
    @Transactional
    @Operation(summary = "Settle a commitment (thanh quyết toán)", description = """
            Closes the commitment at what was disbursed (the settled amount must equal it); the rest of the support returns to
            the envelope and nothing moves on the commitment afterwards. Requires `If-Match`; accepts `Idempotency-Key`.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Settlement", value = LedgerExamples.SETTLE)))
    @APIResponse(responseCode = "200", description = "The settled commitment; new ETag")
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "403", description = "national-source-reserved, forbidden")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "invalid-transition, conflict")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "422", description = "validation-failed, settlement-mismatch, idempotency-key-reused")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response settle(
            @PathParam("id") UUID id,
            @HeaderParam(IF_MATCH) String ifMatch,
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @NotNull @Valid LedgerRequests.Settle request) {
        return idempotency.once(
                caller.id(), key, "settle:" + id, request, () -> withETag(commitments.settle(id, ifMatch, request)));
    }

    @POST
    @Path("{id}/cancellation")
    @Transactional
    @Operation(summary = "Cancel a commitment (hủy quyết định hỗ trợ)", description = """
            Withdraws a proposal, or cancels an approved commitment and releases its money to the envelope (a journal entry);
            not once money was paid (settle instead). Requires `If-Match`.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Cancellation", value = LedgerExamples.CANCEL)))
    @APIResponse(responseCode = "200", description = "The cancelled commitment; new ETag")
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "403", description = "national-source-reserved, forbidden")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "commitment-has-disbursements, invalid-transition")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "422", description = "validation-failed")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response cancel(
            @PathParam("id") UUID id,
            @HeaderParam(IF_MATCH) String ifMatch,
            @NotNull @Valid LedgerRequests.Cancel request) {
        return withETag(commitments.cancel(id, ifMatch, request));
    }

    @GET
    @Path("{id}/history")
    @Operation(
            summary = "History of a commitment (lịch sử thay đổi)",
            description = "Who proposed, approved, paid, settled or cancelled, when, and the state before and after.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "422", description = "validation-failed")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return commitments.history(id, page);
    }

    private static Response withETag(LedgerViews.CommitmentView c) {
        return ETags.ok(c, c.version()).build();
    }
}
