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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
@Tag(
        name = "Envelopes",
        description = "Budget envelopes (dự toán kinh phí khuyến công) by province, plan, year and source")
public class EnvelopeResource {

    private final EnvelopeService envelopes;
    private final SummaryService summaries;
    private final IdempotencyKeys idempotency;
    private final History history;
    private final Caller caller;

    EnvelopeResource(
            EnvelopeService envelopes,
            SummaryService summaries,
            IdempotencyKeys idempotency,
            History history,
            Caller caller) {
        this.envelopes = envelopes;
        this.summaries = summaries;
        this.idempotency = idempotency;
        this.history = history;
        this.caller = caller;
    }

    @GET
    @Path("envelopes")
    @Operation(summary = "List budget envelopes (danh sách dự toán)", description = """
            Envelopes the caller may see, ordered by id with keyset pagination: provincial users see their province, the ministry
            the whole country. `province` takes a current or a former code (a former province's envelopes are found under the
            province that absorbed it).""")
    @APIResponse(responseCode = "200", description = "A page of envelopes")
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "422", description = "validation-failed, unknown-province")
    public Page<LedgerViews.EnvelopeView> list(
            @Parameter(description = "Province code, current or former", example = "04") @QueryParam("province")
                    String province,
            @Parameter(description = "Fiscal year (năm ngân sách)", example = "2024") @QueryParam("year") Integer year,
            @Parameter(description = "NATIONAL, LOCAL, COUNTERPART or OTHER") @QueryParam("source") String source,
            @QueryParam("planId") UUID planId,
            @BeanParam @Valid PageRequest page) {
        return envelopes.list(province, year, source, planId, page);
    }

    @POST
    @Path("envelopes")
    @Transactional
    @Operation(summary = "Open a budget envelope (giao dự toán)", description = """
            Entered directly by decision: NATIONAL envelopes (kinh phí khuyến công quốc gia) by the ministry only, the other
            sources by an approver of the province. Envelopes of approved plans open by themselves from plans-service's events,
            one per (plan, year, source). The opening is the first journal entry. Accepts `Idempotency-Key`: a retry returns the
            first response and opens nothing.""")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "Cao Bằng 2024, local",
                                            value = LedgerExamples.OPEN_ENVELOPE)))
    @APIResponse(
            responseCode = "201",
            description = "Opened; ETag and Location",
            content =
                    @Content(
                            schema = @Schema(implementation = LedgerViews.EnvelopeView.class),
                            examples = @ExampleObject(name = "Opened", value = LedgerExamples.ENVELOPE)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "403", description = "national-source-reserved, forbidden")
    @APIResponse(responseCode = "409", description = "duplicate-envelope")
    @APIResponse(responseCode = "422", description = "validation-failed, unknown-province, idempotency-key-reused")
    public Response open(
            @NotNull @Valid LedgerRequests.OpenEnvelope request,
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(caller.id(), key, "open-envelope", request, () -> {
            LedgerViews.EnvelopeView e = envelopes.open(request);
            return Response.created(
                            uri.getAbsolutePathBuilder().path(e.id().toString()).build())
                    .entity(e)
                    .tag(ETags.of(e.version()))
                    .build();
        });
    }

    @GET
    @Path("envelopes/{id}")
    @Operation(summary = "Read a budget envelope (dự toán)", description = """
            Budget (dự toán), committed (đã cam kết), disbursed (đã giải ngân) and available money, kept with its journal in
            the same transaction; `ETag` carries the version for If-Match. Another province's envelope is a 404.""")
    @APIResponse(
            responseCode = "200",
            description = "The envelope",
            content =
                    @Content(
                            schema = @Schema(implementation = LedgerViews.EnvelopeView.class),
                            examples = @ExampleObject(name = "Envelope", value = LedgerExamples.ENVELOPE)))
    @APIResponse(responseCode = "404", description = "not-found")
    public Response get(@PathParam("id") UUID id) {
        LedgerViews.EnvelopeView e = envelopes.get(id);
        return ETags.ok(e, e.version()).build();
    }

    @POST
    @Path("envelopes/{id}/adjustments")
    @Transactional
    @Operation(summary = "Adjust a budget envelope (điều chỉnh dự toán)", description = """
            A recorded increase or decrease by decision, written to the journal, never an edit; the budget never falls below
            what is committed. NATIONAL envelopes: the ministry; others: an approver of the province. Requires `If-Match`;
            accepts `Idempotency-Key`.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Decrease", value = LedgerExamples.ADJUSTMENT)))
    @APIResponse(
            responseCode = "200",
            description = "The adjusted envelope; new ETag",
            content =
                    @Content(
                            schema = @Schema(implementation = LedgerViews.EnvelopeView.class),
                            examples = @ExampleObject(name = "Adjusted", value = LedgerExamples.ENVELOPE)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "403", description = "national-source-reserved, forbidden")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "budget-below-committed")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "422", description = "validation-failed, idempotency-key-reused")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response adjust(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @NotNull @Valid LedgerRequests.Adjustment request) {
        return idempotency.once(caller.id(), key, "adjust-envelope:" + id, request, () -> {
            LedgerViews.EnvelopeView e = envelopes.adjust(id, ifMatch, request);
            return ETags.ok(e, e.version()).build();
        });
    }

    @GET
    @Path("envelopes/{id}/journal")
    @Operation(summary = "Journal of an envelope (sổ nhật ký)", description = """
            Every money movement of the envelope, oldest first: opening, adjustments, commitments, releases, disbursements.
            The database refuses to update or delete an entry; the sums equal the envelope's balances.""")
    @APIResponse(responseCode = "200", description = "A page of journal entries")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "422", description = "validation-failed")
    public Page<LedgerViews.JournalView> journal(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return envelopes.journal(id, page);
    }

    @GET
    @Path("envelopes/{id}/reconciliation")
    @Operation(summary = "Reconcile an envelope (đối chiếu)", description = """
            The envelope's balances against the sums of its journal and of its commitments, computed in the database; any
            difference means a corrupted ledger and `reconciled` is false. For auditors and operations.""")
    @APIResponse(
            responseCode = "200",
            description = "The three sets of totals",
            content =
                    @Content(
                            schema = @Schema(implementation = LedgerViews.Reconciliation.class),
                            examples = @ExampleObject(name = "Reconciled", value = LedgerExamples.RECONCILIATION)))
    @APIResponse(responseCode = "404", description = "not-found")
    public LedgerViews.Reconciliation reconciliation(@PathParam("id") UUID id) {
        return envelopes.reconciliation(id);
    }

    @GET
    @Path("envelopes/{id}/history")
    @Operation(
            summary = "History of an envelope (lịch sử thay đổi)",
            description = "Who opened, adjusted or froze the envelope, when, and its state before and after.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "422", description = "validation-failed")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        envelopes.load(id);
        return history.of(EnvelopeService.AGGREGATE, id, page);
    }

    @GET
    @Path("summary")
    @Operation(summary = "Funding summary (tổng hợp kinh phí khuyến công)", description = """
            Budget, committed, disbursed and available by source and by activity type (nội dung hoạt động), summed in the
            database, for a province (current or former code; merged provinces included), a year and a plan. Provincial users
            see their province; the ministry the whole country.""")
    @APIResponse(
            responseCode = "200",
            description = "The summary",
            content =
                    @Content(
                            schema = @Schema(implementation = LedgerViews.Summary.class),
                            examples = @ExampleObject(name = "Cao Bằng 2021–2025", value = LedgerExamples.SUMMARY)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "422", description = "validation-failed, unknown-province")
    public LedgerViews.Summary summary(
            @QueryParam("province") String province,
            @QueryParam("year") Integer year,
            @QueryParam("planId") UUID planId) {
        return summaries.summary(province, year, planId);
    }
}
