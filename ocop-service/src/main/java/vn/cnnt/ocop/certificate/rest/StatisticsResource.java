package vn.cnnt.ocop.certificate.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cnnt.ocop.certificate.api.Statistics;
import vn.cnnt.ocop.certificate.service.CertificateService;

@Path("/api/v1/ocop/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Certificates")
public class StatisticsResource {

    private final CertificateService certificates;

    StatisticsResource(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GET
    @Operation(
            operationId = "getOcopStatistics",
            summary = "OCOP statistics by stars (thống kê sản phẩm OCOP theo hạng sao)",
            description = """
            Valid certificates today by stars, for a province (current or former code) or the caller's scope; national
            callers without `province` get the whole country; and the certificates revoked (thu hồi, a sanction) apart from
            those replaced by a later evaluation, which are never counted as revocations. Used by the gateway's province
            overview.""")
    @APIResponse(
            responseCode = "200",
            description = "Counts by stars",
            content =
                    @Content(
                            schema = @Schema(implementation = Statistics.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "Cao Bằng (illustrative figures)",
                                            value =
                                                    "{\"province\": \"04\", \"threeStars\": 120, \"fourStars\": 35, \"fiveStars\": 2, \"total\": 157, \"revoked\": 3, \"replaced\": 12}")))
    @APIResponse(responseCode = "422", description = "unknown-province")
    public Statistics statistics(
            @QueryParam("province")
                    @Parameter(description = "Province code (mã tỉnh), current or former", example = "04")
                    String province) {
        return certificates.statistics(province);
    }
}
