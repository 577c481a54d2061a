package vn.cnnt.ocop.certificate.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cnnt.kit.web.ETags;
import vn.cnnt.ocop.certificate.api.CertificateResponse;
import vn.cnnt.ocop.certificate.api.IssueRequest;
import vn.cnnt.ocop.certificate.service.CertificateService;

/** The certification of an evaluation, a transition sub-resource of the evaluation. */
@Path("/api/v1/ocop/evaluations/{id}/certificate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Certificates")
public class CertificateIssueResource {

    private final CertificateService certificates;

    CertificateIssueResource(CertificateService certificates) {
        this.certificates = certificates;
    }

    @POST
    @Operation(
            operationId = "issueCertificate",
            summary = "Issue the certificate of an evaluation (cấp giấy chứng nhận)",
            description = """
            Approvers issue the certificate of a recognised evaluation (3★ or more): stars, decision number and date and
            issuing level come from the evaluation; valid through its `lastValidDay`, the decision date + 36 months (inclusive). A re-evaluation's
            certificate replaces the product's current one, which is closed as REPLACED (never REVOKED: revocation is a
            sanction) and named as `replaced` in the event. Requires the evaluation's ETag in If-Match. Records
            `vn.cnnt.ocop.certificate.issued.v1`.""")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "Certificate number",
                                            value = "{\"certificateNumber\": \"OCOP-04-2025-000123\"}")))
    @APIResponse(
            responseCode = "201",
            description = "Issued; Location and ETag headers",
            content =
                    @Content(
                            schema = @Schema(implementation = CertificateResponse.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "4★", value = CertificateResource.CERTIFICATE)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "403", description = "forbidden, central-council-only-national")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(
            responseCode = "409",
            description = "already-certified, duplicate-certificate-number, newer-certificate-exists")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "428", description = "precondition-required")
    @APIResponse(responseCode = "422", description = "validation-failed, stars-below-certification")
    public Response issue(
            @PathParam("id") UUID evaluationId,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid IssueRequest request) {
        CertificateResponse issued = certificates.issue(evaluationId, ifMatch, request);
        return Response.created(URI.create("/api/v1/ocop/certificates/" + issued.id()))
                .entity(issued)
                .tag(ETags.of(issued.version()))
                .build();
    }
}
