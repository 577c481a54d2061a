package vn.cnnt.ocop.certificate.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.ocop.CouncilLevel;
import vn.cnnt.ocop.certificate.CertificateStatus;

public record CertificateResponse(
        UUID id,
        @Schema(examples = "OCOP-04-2025-000123") String certificateNumber,
        UUID productId,
        UUID evaluationId,
        @Schema(examples = "4") int stars,
        CouncilLevel issuingLevel,
        @Schema(examples = "1520/QĐ-UBND") String decisionNumber,
        LocalDate decisionDate,

        @Schema(description = "Decision date + 36 months; valid through this day")
        LocalDate validUntil,

        CertificateStatus status,
        @Schema(nullable = true) String statusReason,
        @Schema(nullable = true) LocalDate statusChangedOn,
        String provinceCode,
        String currentProvinceCode,
        long version) {}
