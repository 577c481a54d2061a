package vn.cnnt.ocop.certificate.rest;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import vn.cnnt.ocop.certificate.api.CertificateResponse;
import vn.cnnt.ocop.certificate.api.RevocationRequest;
import vn.cnnt.ocop.certificate.service.CertificateService;

@Path("/api/v1/ocop/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Certificates",
        description =
                "OCOP certificates (giấy chứng nhận sản phẩm OCOP): issue, revocation, expiry, verification, statistics")
public class CertificateResource {

    static final String CERTIFICATE = """
            {"id": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "certificateNumber": "OCOP-04-2025-000123",
             "productId": "5b0e7c4a-8f7e-4a53-9b0e-0c3e9d7a2f10", "evaluationId": "0f5c3a1e-2b7d-4e8f-9a6b-1c2d3e4f5a6b",
             "stars": 4, "issuingLevel": "PROVINCIAL", "decisionNumber": "1520/QĐ-UBND", "decisionDate": "2025-09-15",
             "lastValidDay": "2028-09-15", "validUntil": "2028-09-15", "status": "VALID", "statusReason": null,
             "statusChangedOn": null, "replacedByCertificateId": null, "revocationDecisionNumber": null,
             "illustrativeScoringSheet": false, "provinceCode": "04", "currentProvinceCode": "04", "version": 0}""";

    private final CertificateService certificates;

    CertificateResource(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GET
    @Operation(
            operationId = "listCertificates",
            summary = "List certificates (danh sách giấy chứng nhận)",
            description = """
            Certificates visible to the caller, soonest expiry first, in keyset pages. `expiringWithinDays=30` lists the
            valid certificates whose last valid day (`lastValidDay`, inclusive) is within 30 days: their producers must be notified (thông báo trước 30
            ngày). Other filters: `province`, `status`, `productId`.""")
    @APIResponse(
            responseCode = "200",
            description = "A page of certificates",
            content =
                    @Content(
                            schema = @Schema(ref = "CertificateResponsePage"),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "Expiring",
                                            value = "{\"items\": [" + CERTIFICATE + "], \"nextPageToken\": null}")))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "422", description = "validation-failed, unknown-province")
    public Page<CertificateResponse> list(
            @QueryParam("province")
                    @Parameter(description = "Province code (mã tỉnh), current or former", example = "04")
                    String province,
            @QueryParam("status")
                    @Parameter(
                            description = "VALID, EXPIRED, REVOKED (thu hồi, a sanction) or REPLACED (superseded by a"
                                    + " later evaluation)")
                    String status,
            @QueryParam("productId") @Parameter(description = "Product id") UUID productId,
            @QueryParam("expiringWithinDays")
                    @Parameter(
                            description = "Valid certificates whose last day is within this many days",
                            example = "30")
                    Integer expiringWithinDays,
            @BeanParam @Valid PageRequest page) {
        return certificates.list(province, status, productId, expiringWithinDays, page);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getCertificate",
            summary = "Read a certificate (xem giấy chứng nhận)",
            description = "The certificate; the ETag is its version.")
    @APIResponse(
            responseCode = "200",
            description = "The certificate; ETag header",
            content =
                    @Content(
                            schema = @Schema(implementation = CertificateResponse.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "4★", value = CERTIFICATE)))
    @APIResponse(responseCode = "404", description = "not-found")
    public Response get(@PathParam("id") UUID id) {
        CertificateResponse certificate = certificates.get(id);
        return ETags.ok(certificate, certificate.version()).build();
    }

    @POST
    @Path("{id}/revocation")
    @Operation(
            operationId = "revokeCertificate",
            summary = "Revoke a certificate (thu hồi giấy chứng nhận)",
            description = """
            Approvers revoke (thu hồi) a VALID certificate with a reason and the revoking decision; requires If-Match.
            A revocation is a sanction that provinces count and publish (statistics `revoked`); a certificate superseded
            by a later evaluation is REPLACED instead, never revoked. Records `vn.cnnt.ocop.certificate.revoked.v1`.""")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "Revocation",
                                            value =
                                                    "{\"reason\": \"Không duy trì tiêu chuẩn chất lượng sản phẩm\", \"decisionNumber\": \"2210/QĐ-UBND\"}")))
    @APIResponse(
            responseCode = "200",
            description = "Revoked; ETag header",
            content =
                    @Content(
                            schema = @Schema(implementation = CertificateResponse.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "4★", value = CERTIFICATE)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "403", description = "forbidden")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "invalid-transition")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "428", description = "precondition-required")
    @APIResponse(responseCode = "422", description = "validation-failed")
    public Response revoke(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RevocationRequest request) {
        CertificateResponse certificate = certificates.revoke(id, ifMatch, request);
        return ETags.ok(certificate, certificate.version()).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(
            operationId = "getCertificateHistory",
            summary = "History of a certificate (lịch sử giấy chứng nhận)",
            description = "Issue, replacement, revocation and expiry.")
    @APIResponse(responseCode = "200", description = "A page of history entries")
    @APIResponse(responseCode = "404", description = "not-found")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return certificates.history(id, page);
    }
}
