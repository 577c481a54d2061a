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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cnnt.funding.beneficiary.api.BeneficiaryRequest;
import vn.cnnt.funding.beneficiary.api.BeneficiaryView;
import vn.cnnt.funding.beneficiary.service.BeneficiaryService;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.web.ETags;

@Path("/api/v1/funding/beneficiaries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Beneficiaries", description = "Beneficiaries of khuyến công support (cơ sở công nghiệp nông thôn, HTX, hộ kinh doanh…)")
public class BeneficiaryResource {

    private final BeneficiaryService beneficiaries;

    BeneficiaryResource(BeneficiaryService beneficiaries) {
        this.beneficiaries = beneficiaries;
    }

    @GET
    @Operation(summary = "Search beneficiaries", description = "By current province, tax code (mã số thuế) or accent-insensitive name.")
    @APIResponse(responseCode = "200", description = "A page of beneficiaries")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Page<BeneficiaryView> list(@QueryParam("province") String province, @QueryParam("taxCode") String taxCode,
                                      @QueryParam("q") String q, @BeanParam @Valid PageRequest page) {
        return beneficiaries.list(province, taxCode, q, page);
    }

    @POST
    @Operation(summary = "Register a beneficiary", description = "Tax code of 10 or 13 digits, unique when present.")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "duplicate-tax-code")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public Response register(@NotNull @Valid BeneficiaryRequest request, @Context UriInfo uri) {
        BeneficiaryView created = beneficiaries.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created)
                .tag(ETags.of(created.version())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a beneficiary")
    @APIResponse(responseCode = "200", description = "The beneficiary")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        BeneficiaryView b = beneficiaries.get(id);
        return ETags.ok(b, b.version()).build();
    }
}
