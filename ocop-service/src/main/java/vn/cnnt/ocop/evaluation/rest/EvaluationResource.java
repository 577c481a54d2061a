package vn.cnnt.ocop.evaluation.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import vn.cnnt.kit.history.HistoryEntry;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.web.ETags;
import vn.cnnt.ocop.evaluation.api.EvaluationRequest;
import vn.cnnt.ocop.evaluation.api.EvaluationResponse;
import vn.cnnt.ocop.evaluation.api.EvaluationSummary;
import vn.cnnt.ocop.evaluation.service.EvaluationService;

@Path("/api/v1/ocop/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Evaluations", description = "Council evaluations and star grading (đánh giá, phân hạng sản phẩm OCOP)")
public class EvaluationResource {

    private static final String REQUEST = """
            {"productId": "5b0e7c4a-8f7e-4a53-9b0e-0c3e9d7a2f10", "criteriaSetId": "ea530692-6273-5dea-b28d-608e7f67f657",
             "councilLevel": "PROVINCIAL", "round": "Đợt 2 năm 2025", "decisionNumber": "1520/QĐ-UBND", "decisionDate": "2025-09-15",
             "sheets": [{"memberName": "Nguyễn Văn An", "choices": [{"criterion": "A1", "option": "A1.4"}, {"criterion": "A2", "option": "A2.3"}]}]}""";
    private static final String EVALUATION = """
            {"id": "0f5c3a1e-2b7d-4e8f-9a6b-1c2d3e4f5a6b", "productId": "5b0e7c4a-8f7e-4a53-9b0e-0c3e9d7a2f10",
             "productName": "Miến dong Minh họa", "criteriaSetId": "ea530692-6273-5dea-b28d-608e7f67f657",
             "regimeCode": "QD-148-1489-2025", "councilLevel": "PROVINCIAL", "round": "Đợt 2 năm 2025",
             "decisionNumber": "1520/QĐ-UBND", "decisionDate": "2025-09-15", "partScores": {"A": 36.50, "B": 22.00, "C": 33.00},
             "averageScore": 91.50, "scoreStars": 5, "stars": 4, "recognised": true, "missedMandatory": [],
             "proposedForCentral": true, "proposedToLevel": "CENTRAL", "certificateId": null, "provinceCode": "04",
             "currentProvinceCode": "04", "sheets": [{"memberName": "Nguyễn Văn An", "totalScore": 91.50,
             "choices": [{"criterion": "A1", "option": "A1.4"}]}], "version": 0}""";

    private final EvaluationService evaluations;

    EvaluationResource(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @GET
    @Operation(
            operationId = "listEvaluations",
            summary = "List evaluations (danh sách kết quả đánh giá)",
            description = """
            Evaluations visible to the caller, newest decision first, in keyset pages; filter by `province` (current or
            former code) and `productId`.""")
    @APIResponse(responseCode = "200", description = "A page of evaluations")
    @APIResponse(responseCode = "422", description = "validation-failed, unknown-province")
    public Page<EvaluationSummary> list(
            @QueryParam("province")
                    @Parameter(description = "Province code (mã tỉnh), current or former", example = "04")
                    String province,
            @QueryParam("productId") @Parameter(description = "Product id") UUID productId,
            @BeanParam @Valid PageRequest page) {
        return evaluations.list(province, productId, page);
    }

    @POST
    @Operation(
            operationId = "recordEvaluation",
            summary = "Record a council evaluation (ghi nhận kết quả đánh giá, phân hạng)",
            description = """
            The council's scoring sheets (phiếu chấm điểm), one per member, one option per criterion of the criteria set.
            The regime is the one in force on the decision date, and the set must be of that regime and of the product's
            category. The average total score (2 decimals) gives the stars: 1★ < 30 ≤ 2★ < 50 ≤ 3★ < 70 ≤ 4★ < 90 ≤ 5★.
            A missed mandatory minimum caps the stars below its level. Before 06/07/2025 the DISTRICT council recognises
            3★, the PROVINCIAL 4★, the CENTRAL 5★; from 06/07/2025 the PROVINCIAL council recognises 3★–4★ and proposes
            products of 90 or more to the CENTRAL council (`proposedForCentral`), which alone recognises 5★.
            Records the event `vn.cnnt.ocop.evaluation.completed.v1`.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Provincial council", value = REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded; Location and ETag headers",
            content =
                    @Content(
                            schema = @Schema(implementation = EvaluationResponse.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Proposed for central", value = EVALUATION)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "403", description = "forbidden, central-council-only-national")
    @APIResponse(responseCode = "415", description = "unsupported-media-type")
    @APIResponse(
            responseCode = "422",
            description = "validation-failed, unknown-product, unknown-criteria-set, no-regime-on-date, "
                    + "criteria-set-wrong-regime, criteria-set-wrong-category, council-level-not-in-regime, sheet-mismatch, unknown-option, "
                    + "level-cannot-recognise-stars")
    public Response record(@NotNull @Valid EvaluationRequest request, @Context UriInfo uri) {
        EvaluationResponse created = evaluations.record(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .tag(ETags.of(created.version()))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getEvaluation",
            summary = "Read an evaluation (xem kết quả đánh giá)",
            description = "The evaluation with the members' sheets; the ETag is its version.")
    @APIResponse(
            responseCode = "200",
            description = "The evaluation; ETag header",
            content =
                    @Content(
                            schema = @Schema(implementation = EvaluationResponse.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Proposed for central", value = EVALUATION)))
    @APIResponse(responseCode = "404", description = "not-found")
    public Response get(@PathParam("id") UUID id) {
        EvaluationResponse evaluation = evaluations.get(id);
        return ETags.ok(evaluation, evaluation.version()).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(
            operationId = "getEvaluationHistory",
            summary = "History of an evaluation (lịch sử đánh giá)",
            description = "Its recording and its certification.")
    @APIResponse(responseCode = "200", description = "A page of history entries")
    @APIResponse(responseCode = "404", description = "not-found")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return evaluations.history(id, page);
    }
}
