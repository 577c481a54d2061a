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
@Tag(name = "Commitments", description = "Support decisions (quyết định hỗ trợ), disbursements (tạm ứng, thanh toán) and settlement (thanh quyết toán)")
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
    @Operation(summary = "List commitments")
    @APIResponse(responseCode = "200", description = "A page of commitments")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Page<LedgerViews.CommitmentView> list(@QueryParam("province") String province, @QueryParam("envelopeId") UUID envelopeId,
                                                 @QueryParam("status") String status, @BeanParam @Valid PageRequest page) {
        return commitments.list(province, envelopeId, status, page);
    }

    @POST
    @Transactional
    @Operation(summary = "Propose support (đề xuất hỗ trợ)", description = "A PROPOSED commitment; no money moves until approval. Accepts Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Proposed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed", description = "validation-failed, unknown-reference, support-above-cost")
    public Response propose(@NotNull @Valid LedgerRequests.ProposeCommitment request, @HeaderParam(IdempotencyKeys.HEADER) String key,
                            @Context UriInfo uri) {
        return idempotency.once(caller.id(), key, "propose-commitment", request, () -> {
            LedgerViews.CommitmentView c = commitments.propose(request);
            return Response.created(uri.getAbsolutePathBuilder().path(c.id().toString()).build()).entity(c)
                    .tag(ETags.of(c.version())).build();
        });
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a commitment")
    @APIResponse(responseCode = "200", description = "The commitment")
    @APIResponse(responseCode = "404", ref = "NotFound")
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
            NATIONAL money: the ministry; other sources: an approver of the province. Requires If-Match; accepts Idempotency-Key.""")
    @APIResponse(responseCode = "200", description = "The approved commitment")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "insufficient-envelope, envelope-frozen, invalid-transition")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed",
            description = "support-above-ceiling, product-not-certified, cluster-not-established")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response approve(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch,
                            @HeaderParam(IdempotencyKeys.HEADER) String key, @NotNull @Valid LedgerRequests.Approve request) {
        return idempotency.once(caller.id(), key, "approve-commitment:" + id, request, () -> withETag(commitments.approve(id, ifMatch, request)));
    }

    @POST
    @Path("{id}/disbursements")
    @Transactional
    @Operation(summary = "Record a disbursement (tạm ứng / thanh toán)", description = """
            Never more than what remains of the commitment. Requires If-Match (`*` when the caller does not track the
            version: the commitment is locked either way); accepts Idempotency-Key, and a replay moves no money.""")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "disbursement-exceeds-commitment, invalid-transition")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response disburse(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch,
                             @HeaderParam(IdempotencyKeys.HEADER) String key, @NotNull @Valid LedgerRequests.Disburse request) {
        return idempotency.once(caller.id(), key, "disburse:" + id, request,
                () -> Response.status(Response.Status.CREATED).entity(commitments.disburse(id, ifMatch, request)).build());
    }

    @GET
    @Path("{id}/disbursements")
    @Operation(summary = "Disbursements of a commitment")
    @APIResponse(responseCode = "200", description = "The disbursements")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Map<String, List<LedgerViews.DisbursementView>> disbursements(@PathParam("id") UUID id) {
        return Map.of("items", commitments.disbursements(id));
    }

    @POST
    @Path("{id}/settlement")
    @Transactional
    @Operation(summary = "Settle a commitment (thanh quyết toán)", description = """
            Closes the commitment at what was disbursed; the rest of the support returns to the envelope. Requires If-Match;
            accepts Idempotency-Key.""")
    @APIResponse(responseCode = "200", description = "The settled commitment")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "invalid-transition")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "ValidationFailed", description = "settlement-mismatch")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response settle(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch,
                           @HeaderParam(IdempotencyKeys.HEADER) String key, @NotNull @Valid LedgerRequests.Settle request) {
        return idempotency.once(caller.id(), key, "settle:" + id, request, () -> withETag(commitments.settle(id, ifMatch, request)));
    }

    @POST
    @Path("{id}/cancellation")
    @Transactional
    @Operation(summary = "Cancel a commitment (hủy)", description = "Releases approved money to the envelope; not once money was paid. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The cancelled commitment")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "commitment-has-disbursements, invalid-transition")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch, @NotNull @Valid LedgerRequests.Cancel request) {
        return withETag(commitments.cancel(id, ifMatch, request));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "History of a commitment")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return commitments.history(id, page);
    }

    private static Response withETag(LedgerViews.CommitmentView c) {
        return ETags.ok(c, c.version()).build();
    }
}
