package vn.cnnt.gateway.overview;

import io.quarkus.security.Authenticated;
import io.vertx.core.MultiMap;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.security.Caller;
import vn.cnnt.kit.units.AdministrativeUnits;
import vn.cnnt.kit.units.ProvinceUnit;
import vn.cnnt.kit.web.RequestIds;

@Path("/api/v1/provinces/{code}/overview")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Composed views", description = "Answers the gateway composes from several services")
public class OverviewResource {

    private final ProvinceOverviews overviews;
    private final AdministrativeUnits units;
    private final Caller caller;

    OverviewResource(ProvinceOverviews overviews, AdministrativeUnits units, Caller caller) {
        this.overviews = overviews;
        this.units = units;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getProvinceOverview", summary = "Province overview (tổng quan tỉnh)", description = """
            Plans by status, money by source (budget, committed, disbursed, available), valid OCOP certificates by stars
            and industrial clusters by status with their average occupancy, for one current province and optionally one
            year, composed from the four services in parallel with the caller's token. When a service is down, slow or
            answers an error, its part is `{"available": false, "reason": ...}`, `complete` is false and the other parts
            still come back. A provincial caller can only ask for their own province (404 for any other); ministry users
            for any.""")
    @APIResponse(
            responseCode = "200",
            description = "The overview, possibly partial",
            content =
                    @Content(
                            schema = @Schema(implementation = ProvinceOverview.class),
                            examples = @ExampleObject(name = "ocop-service down", value = """
                    {"provinceCode": "04", "provinceName": "Tỉnh Cao Bằng", "year": 2025, "complete": false,
                     "plans": {"available": true, "data": {"total": 3, "byStatus": {"APPROVED": 2, "DRAFT": 1}}},
                     "funding": {"available": true, "data": {"provinceCode": "04", "year": 2025, "bySource": []}},
                     "ocop": {"available": false, "reason": "The ocop service cannot be reached"},
                     "clusters": {"available": true, "data": {"clusters": 2, "byStatus": {"OPERATING": 2}, "averageOccupancy": 41.7}}}""")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "ValidationFailed")
    public CompletionStage<ProvinceOverview> overview(
            @PathParam("code")
                    @Parameter(
                            description = "Current 2-digit province code (see /api/v1/reference/provinces)",
                            example = "04")
                    String code,
            @QueryParam("year")
                    @Parameter(
                            description = "Budget and plan year, 2000 to 2100",
                            example = "2025",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
                    @Min(2000)
                    @Max(2100)
                    Integer year,
            @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization) {
        ProvinceUnit province = units.findCurrent(code)
                .filter(unit -> caller.canSee(unit.code()))
                .orElseThrow(() -> ProblemException.notFound("Province", code));
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add(HttpHeaders.AUTHORIZATION, authorization);
        if (RequestIds.current() != null) {
            headers.add(RequestIds.HEADER, RequestIds.current());
        }
        return overviews.compose(province, year, headers).toCompletionStage();
    }
}
