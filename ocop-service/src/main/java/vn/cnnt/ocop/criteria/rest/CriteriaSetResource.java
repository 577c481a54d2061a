package vn.cnnt.ocop.criteria.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cnnt.kit.history.HistoryEntry;
import vn.cnnt.kit.openapi.ApiContract;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.web.ETags;
import vn.cnnt.ocop.criteria.api.CategoryResponse;
import vn.cnnt.ocop.criteria.api.CriteriaSetRequest;
import vn.cnnt.ocop.criteria.api.CriteriaSetResponse;
import vn.cnnt.ocop.criteria.api.ReferenceList;
import vn.cnnt.ocop.criteria.api.RegimeResponse;
import vn.cnnt.ocop.criteria.service.CriteriaSetService;

/** Criteria sets, categories and regimes: public reference data; writes are for administrators. */
@Path("/api/v1/ocop")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Criteria sets",
        description = "OCOP criteria sets (bộ tiêu chí), categories (bộ sản phẩm) and legal regimes")
public class CriteriaSetResource {

    private final CriteriaSetService sets;

    CriteriaSetResource(CriteriaSetService sets) {
        this.sets = sets;
    }

    @GET
    @Path("criteria-sets")
    @PermitAll
    @Extension(name = ApiContract.PUBLIC, value = "true")
    @Operation(
            operationId = "listCriteriaSets",
            summary = "List criteria sets (danh sách bộ tiêu chí)",
            description = """
            Scoring sheets (phiếu đánh giá) per category and regime, with parts A/B/C, criteria, options, their points
            and the options mandatory for a star level. Public reference data; ordered by id in keyset pages.""")
    @APIResponse(
            responseCode = "200",
            description = "A page of criteria sets",
            content =
                    @Content(
                            schema = @Schema(ref = "CriteriaSetResponsePage"),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Fast food", value = CriteriaExamples.PAGE)))
    @APIResponse(responseCode = "422", description = "validation-failed")
    public Page<CriteriaSetResponse> list(
            @QueryParam("category") @Parameter(description = "Category code (mã bộ sản phẩm)", example = "05")
                    String category,
            @QueryParam("regime") @Parameter(description = "Regime code", example = "QD-148-1489-2025") String regime,
            @BeanParam @Valid PageRequest page) {
        return sets.list(category, regime, page);
    }

    @POST
    @Path("criteria-sets")
    @Operation(operationId = "createCriteriaSet", summary = "Load a criteria set (nạp bộ tiêu chí)", description = """
            Administrators load a new scoring sheet for a category under a regime, as the next version of that sheet.
            Validated: parts A, B, C with the regime's maxima (40/25/35 under 148/QĐ-TTg, 35/25/40 under 1048/QĐ-TTg),
            the best options of each part add up to its maximum, and the parts to 100.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Fast food", value = CriteriaExamples.REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Loaded; Location and ETag headers",
            content =
                    @Content(
                            schema = @Schema(implementation = CriteriaSetResponse.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Loaded", value = CriteriaExamples.SET)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "403", description = "forbidden")
    @APIResponse(responseCode = "415", description = "unsupported-media-type")
    @APIResponse(
            responseCode = "422",
            description = "validation-failed, sheet-points-mismatch, unknown-category, unknown-regime")
    public Response create(@NotNull @Valid CriteriaSetRequest request, @Context UriInfo uri) {
        CriteriaSetResponse created = sets.create(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .tag(ETags.of(created.version()))
                .build();
    }

    @GET
    @Path("criteria-sets/{id}")
    @PermitAll
    @Extension(name = ApiContract.PUBLIC, value = "true")
    @Operation(
            operationId = "getCriteriaSet",
            summary = "Read a criteria set (xem bộ tiêu chí)",
            description = "The scoring sheet; the ETag is its version.")
    @APIResponse(
            responseCode = "200",
            description = "The criteria set; ETag header",
            content =
                    @Content(
                            schema = @Schema(implementation = CriteriaSetResponse.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Fast food", value = CriteriaExamples.SET)))
    @APIResponse(responseCode = "404", description = "not-found")
    public Response get(@PathParam("id") UUID id) {
        CriteriaSetResponse set = sets.get(id);
        return ETags.ok(set, set.version()).build();
    }

    @PUT
    @Path("criteria-sets/{id}")
    @Operation(
            operationId = "replaceCriteriaSet",
            summary = "Replace a criteria set (thay thế bộ tiêu chí)",
            description = """
            Administrators correct a sheet that no evaluation has been scored against yet (409 otherwise: load a new
            version instead, so past evaluations keep the sheet they were scored with). Same validation as loading.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Fast food", value = CriteriaExamples.REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "Replaced; ETag header",
            content =
                    @Content(
                            schema = @Schema(implementation = CriteriaSetResponse.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Replaced", value = CriteriaExamples.SET)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "403", description = "forbidden")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "criteria-set-in-use")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "428", description = "precondition-required")
    @APIResponse(
            responseCode = "422",
            description = "validation-failed, sheet-points-mismatch, unknown-category, unknown-regime")
    public Response replace(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CriteriaSetRequest request) {
        CriteriaSetResponse set = sets.replace(id, ifMatch, request);
        return ETags.ok(set, set.version()).build();
    }

    @POST
    @Path("criteria-sets/{id}/retirement")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "retireCriteriaSet",
            summary = "Retire a criteria set (ngừng sử dụng phiếu đánh giá)",
            description = """
            Administrators retire a sheet from today: no evaluation decided from today on may be scored with it (422
            criteria-set-retired); evaluations already scored keep it. Load the official Annex III sheets with POST
            /api/v1/ocop/criteria-sets, then retire the illustrative ones (`illustrative: true`). Requires If-Match.""")
    @APIResponse(
            responseCode = "200",
            description = "Retired; ETag header",
            content =
                    @Content(
                            schema = @Schema(implementation = CriteriaSetResponse.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Retired", value = CriteriaExamples.SET)))
    @APIResponse(responseCode = "403", description = "forbidden")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "invalid-transition")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response retire(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        CriteriaSetResponse set = sets.retire(id, ifMatch);
        return ETags.ok(set, set.version()).build();
    }

    @GET
    @Path("criteria-sets/{id}/history")
    @Operation(
            operationId = "getCriteriaSetHistory",
            summary = "History of a criteria set (lịch sử bộ tiêu chí)",
            description = "Who loaded or replaced the sheet, when, and what changed.")
    @APIResponse(responseCode = "200", description = "A page of history entries")
    @APIResponse(responseCode = "404", description = "not-found")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return sets.history(id, page);
    }

    @GET
    @Path("categories")
    @PermitAll
    @Extension(name = ApiContract.PUBLIC, value = "true")
    @Operation(
            operationId = "listOcopCategories",
            summary = "OCOP categories (phân loại sản phẩm OCOP)",
            description = """
            The 26 criteria-set categories (bộ sản phẩm) of Annex I: 6 sectors (ngành) → 17 groups (nhóm) → sets, each
            with its lead ministries (Bộ chủ trì): MOIT is Bộ Công Thương.""")
    @APIResponse(
            responseCode = "200",
            description = "All categories",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            requiredProperties = "items",
                                            properties =
                                                    @SchemaProperty(
                                                            name = "items",
                                                            type = SchemaType.ARRAY,
                                                            implementation = CategoryResponse.class)),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Fast food", value = CriteriaExamples.CATEGORIES)))
    public ReferenceList<CategoryResponse> categories() {
        return new ReferenceList<>(sets.categories());
    }

    @GET
    @Path("regimes")
    @PermitAll
    @Extension(name = ApiContract.PUBLIC, value = "true")
    @Operation(
            operationId = "listOcopRegimes",
            summary = "OCOP legal regimes (văn bản quy định bộ tiêu chí)",
            description = """
            1048/QĐ-TTg (2019), 148/QĐ-TTg (from 24/02/2023) and 148/QĐ-TTg as amended by 1489/QĐ-TTg (from 06/07/2025):
            part maxima, star bands (hạng sao) and which council level (cấp) recognises which stars.""")
    @APIResponse(
            responseCode = "200",
            description = "All regimes, oldest first",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            requiredProperties = "items",
                                            properties =
                                                    @SchemaProperty(
                                                            name = "items",
                                                            type = SchemaType.ARRAY,
                                                            implementation = RegimeResponse.class)),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "1489", value = CriteriaExamples.REGIMES)))
    public ReferenceList<RegimeResponse> regimes() {
        return new ReferenceList<>(sets.regimes());
    }
}
