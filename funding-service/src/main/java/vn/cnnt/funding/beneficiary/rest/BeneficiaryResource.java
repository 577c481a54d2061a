package vn.cnnt.funding.beneficiary.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cnnt.funding.beneficiary.api.BeneficiaryRequest;
import vn.cnnt.funding.beneficiary.api.BeneficiaryResponse;
import vn.cnnt.funding.beneficiary.service.BeneficiaryService;
import vn.cnnt.kit.history.HistoryEntry;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.web.ETags;

@Path("/api/v1/funding/beneficiaries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Beneficiaries",
        description = "Beneficiaries of khuyến công support (cơ sở công nghiệp nông thôn, HTX, hộ kinh doanh…)")
public class BeneficiaryResource {

    private final BeneficiaryService beneficiaries;

    BeneficiaryResource(BeneficiaryService beneficiaries) {
        this.beneficiaries = beneficiaries;
    }

    @GET
    @Operation(
            operationId = "listBeneficiaries",
            summary = "Search beneficiaries (tra cứu đối tượng thụ hưởng)",
            description =
                    "Beneficiaries the caller may see, ordered by id with keyset pagination; by province (current or former code), tax code (mã số thuế) or `q`, accent- and case-insensitive over name, tax code and province.")
    @APIResponse(responseCode = "200", description = "A page of beneficiaries")
    @APIResponse(responseCode = "422", description = "validation-failed, unknown-province")
    public Page<BeneficiaryResponse> list(
            @QueryParam("province") String province,
            @QueryParam("taxCode") String taxCode,
            @QueryParam("q") String q,
            @BeanParam @Valid PageRequest page) {
        return beneficiaries.list(province, taxCode, q, page);
    }

    @POST
    @Operation(
            operationId = "registerBeneficiary",
            summary = "Register a beneficiary (đăng ký đối tượng thụ hưởng)",
            description =
                    "A rural industrial establishment (cơ sở CNNT), cleaner-production facility, cluster developer or artisan of the caller's province; tax code (mã số thuế) of 10 or 13 digits, unique when present.")
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BeneficiaryResponse.class)))
    @APIResponse(responseCode = "409", description = "duplicate-tax-code")
    @APIResponse(responseCode = "422", description = "validation-failed, unknown-province")
    @APIResponse(responseCode = "403", description = "forbidden")
    public Response register(@NotNull @Valid BeneficiaryRequest request, @Context UriInfo uri) {
        BeneficiaryResponse created = beneficiaries.register(request);
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
            operationId = "getBeneficiary",
            summary = "Read a beneficiary (đối tượng thụ hưởng)",
            description = "Another province's beneficiary is a 404; ETag carries the version.")
    @APIResponse(
            responseCode = "200",
            description = "The beneficiary",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BeneficiaryResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found")
    public Response get(@PathParam("id") UUID id) {
        BeneficiaryResponse b = beneficiaries.get(id);
        return ETags.ok(b, b.version()).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(
            operationId = "getBeneficiaryHistory",
            summary = "History of a beneficiary (lịch sử thay đổi)",
            description =
                    "Who registered or changed the beneficiary, when, and the state before and after; oldest first.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "422", description = "validation-failed")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return beneficiaries.history(id, page);
    }
}
