package vn.cnnt.ocop.certificate.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cnnt.kit.openapi.ApiContract;
import vn.cnnt.ocop.certificate.api.Verification;
import vn.cnnt.ocop.certificate.service.CertificateService;

/** Public verification of a certificate by its number, what a shopper scanning a product calls: no token. */
@Path("/api/v1/ocop/certificates/{certificateNumber}/verification")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Certificates")
public class VerificationResource {

    private final CertificateService certificates;

    VerificationResource(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GET
    @Extension(name = ApiContract.PUBLIC, value = "true")
    @SecurityRequirementsSet
    @Operation(
            operationId = "verifyCertificate",
            summary = "Verify a certificate (tra cứu giấy chứng nhận OCOP)",
            description = """
            Public, without a token: whether the certificate is valid today, the product and producer names, the stars
            and the dates — nothing more.""")
    @APIResponse(
            responseCode = "200",
            description = "The verification",
            content =
                    @Content(
                            schema = @Schema(implementation = Verification.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Valid", value = """
                    {"certificateNumber": "OCOP-04-2025-000123", "valid": true, "status": "VALID",
                     "productName": "Miến dong Minh họa", "producerName": "Hợp tác xã Minh họa", "stars": 4,
                     "decisionDate": "2025-09-15", "lastValidDay": "2028-09-15", "validUntil": "2028-09-15",
                     "illustrativeScoringSheet": false}""")))
    @APIResponse(responseCode = "404", description = "unknown-certificate-number")
    public Verification verify(@PathParam("certificateNumber") String certificateNumber) {
        return certificates.verify(certificateNumber);
    }
}
