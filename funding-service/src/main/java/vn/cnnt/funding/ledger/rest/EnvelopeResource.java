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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cnnt.funding.ledger.api.LedgerRequests;
import vn.cnnt.funding.ledger.api.LedgerViews;
import vn.cnnt.funding.ledger.service.EnvelopeService;
import vn.cnnt.funding.ledger.service.SummaryService;
import vn.cnnt.kit.history.History;
import vn.cnnt.kit.history.HistoryEntry;
import vn.cnnt.kit.idempotency.IdempotencyKeys;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.security.Caller;
import vn.cnnt.kit.web.ETags;

@Path("/api/v1/funding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Envelopes", description = "Budget envelopes (dự toán kinh phí khuyến công) by province, plan, year and source")
public class EnvelopeResource {

    private final EnvelopeService envelopes;
    private final SummaryService summaries;
    private final IdempotencyKeys idempotency;
    private final History history;
    private final Caller caller;

    EnvelopeResource(EnvelopeService envelopes, SummaryService summaries, IdempotencyKeys idempotency, History history, Caller caller) {
        this.envelopes = envelopes;
        this.summaries = summaries;
        this.idempotency = idempotency;
        this.history = history;
        this.caller = caller;
    }

    @GET
    @Path("envelopes")
    @Operation(summary = "List envelopes", description = "Filtered by current province, fiscal year, source and plan.")
    @APIResponse(responseCode = "200", description = "A page of envelopes")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Page<LedgerViews.EnvelopeView> list(@QueryParam("province") String province, @QueryParam("year") Integer year,
                                               @QueryParam("source") String source, @QueryParam("planId") UUID planId,
                                               @BeanParam @Valid PageRequest page) {
        return envelopes.list(province, year, source, planId, page);
    }

    @POST
    @Path("envelopes")
    @Transactional
    @Operation(summary = "Open an envelope (giao dự toán)", description = """
            Entered directly: NATIONAL envelopes by the ministry only, the other sources by an approver of the province.
            Envelopes of approved plans open by themselves from plans-service's events. Accepts Idempotency-Key.""")
    @APIResponse(responseCode = "201", description = "Opened")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "duplicate-envelope")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response open(@NotNull @Valid LedgerRequests.OpenEnvelope request, @HeaderParam(IdempotencyKeys.HEADER) String key,
                         @Context UriInfo uri) {
        return idempotency.once(caller.id(), key, "open-envelope", request, () -> {
            LedgerViews.EnvelopeView e = envelopes.open(request);
            return Response.created(uri.getAbsolutePathBuilder().path(e.id().toString()).build()).entity(e)
                    .tag(ETags.of(e.version())).build();
        });
    }

    @GET
    @Path("envelopes/{id}")
    @Operation(summary = "Read an envelope", description = "Budget, committed, disbursed and available, derived from its journal.")
    @APIResponse(responseCode = "200", description = "The envelope")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        LedgerViews.EnvelopeView e = envelopes.get(id);
        return ETags.ok(e, e.version()).build();
    }

    @POST
    @Path("envelopes/{id}/adjustments")
    @Transactional
    @Operation(summary = "Adjust an envelope (điều chỉnh dự toán)", description = """
            A recorded increase or decrease by decision, never an edit; the budget never falls below what is committed.
            Requires If-Match; accepts Idempotency-Key.""")
    @APIResponse(responseCode = "200", description = "The adjusted envelope")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "budget-below-committed")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response adjust(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @HeaderParam(IdempotencyKeys.HEADER) String key, @NotNull @Valid LedgerRequests.Adjustment request) {
        return idempotency.once(caller.id(), key, "adjust-envelope:" + id, request, () -> {
            LedgerViews.EnvelopeView e = envelopes.adjust(id, ifMatch, request);
            return ETags.ok(e, e.version()).build();
        });
    }

    @GET
    @Path("envelopes/{id}/journal")
    @Operation(summary = "Journal of an envelope (sổ nhật ký)", description = "Every money movement, oldest first; immutable.")
    @APIResponse(responseCode = "200", description = "A page of journal entries")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<LedgerViews.JournalView> journal(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return envelopes.journal(id, page);
    }

    @GET
    @Path("envelopes/{id}/history")
    @Operation(summary = "History of an envelope")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        envelopes.load(id);
        return history.of(EnvelopeService.AGGREGATE, id, page);
    }

    @GET
    @Path("summary")
    @Operation(summary = "Funding summary (tổng hợp kinh phí)", description = """
            Budget, committed, disbursed and available by source and by activity type, for a province (current code; merged
            provinces included), a year and a plan. Provincial users see their province; the ministry the whole country.""")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public LedgerViews.Summary summary(@QueryParam("province") String province, @QueryParam("year") Integer year,
                                       @QueryParam("planId") UUID planId) {
        return summaries.summary(province, year, planId);
    }
}
