package vn.cnnt.gateway.reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cnnt.kit.units.AdministrativeUnits;

/** Reference data every caller may read without a token. */
@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Danh mục dùng chung: public, no token needed")
public class ReferenceResource {

    private static final CacheControl ONE_DAY = CacheControl.valueOf("public, max-age=86400");

    private final ProvincesReference provinces;

    ReferenceResource(AdministrativeUnits units) {
        this.provinces = new ProvincesReference(AdministrativeUnits.REFORM_DATE, units.current(), units.former());
    }

    @GET
    @Path("provinces")
    @Operation(
            operationId = "listProvinces",
            summary = "Province codes, current and former (danh mục tỉnh, thành phố)",
            description = """
            The 34 province-level units in force since 1 July 2025 and the 63 before, with the mapping between them: any
            service accepts a former code in filters and resolves it to the current unit that holds it today.""")
    @APIResponse(
            responseCode = "200",
            description = "The units",
            content = @Content(schema = @Schema(implementation = ProvincesReference.class)))
    public Response provinces() {
        return Response.ok(provinces).cacheControl(ONE_DAY).build();
    }
}
