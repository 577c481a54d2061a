package vn.cnnt.ocop.certificate.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Issuing the certificate of a recognised evaluation: decision, stars and dates come from the evaluation. */
public record IssueRequest(
        @NotNull
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9.-]{2,39}", message = "must be 3–40 letters, digits, dots or hyphens")
        @Schema(description = "Certificate number (số giấy chứng nhận)", examples = "OCOP-04-2025-000123")
        String certificateNumber) {}
