package vn.cnnt.ocop.certificate.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.ocop.CertificateStatus;

/** What anyone scanning a product may learn about its certificate, and nothing more. */
public record Verification(
        @Schema(examples = "OCOP-04-2025-000123") String certificateNumber,

        @Schema(description = "Valid today (Vietnam's calendar)")
        boolean valid,

        CertificateStatus status,
        @Schema(examples = "Miến dong Minh họa") String productName,

        @Schema(examples = "Hợp tác xã Minh họa") String producerName,

        @Schema(examples = "4") int stars,
        LocalDate decisionDate,

        @Schema(
                description =
                        "The last day of validity, inclusive, in Vietnam's calendar: valid through this whole day",
                examples = "2028-09-15")
        LocalDate lastValidDay,

        @Schema(deprecated = true, description = "The same day as lastValidDay, kept for older clients")
        LocalDate validUntil,

        @Schema(description = "Scored with an illustrative sheet (phiếu minh họa), not an official Annex III sheet")
        boolean illustrativeScoringSheet) {}
