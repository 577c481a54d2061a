package vn.cnnt.ocop.certificate.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.ocop.CertificateStatus;
import vn.cnnt.ocop.CouncilLevel;

public record CertificateResponse(
        UUID id,
        @Schema(examples = "OCOP-04-2025-000123") String certificateNumber,
        UUID productId,
        UUID evaluationId,
        @Schema(examples = "4") int stars,
        CouncilLevel issuingLevel,
        @Schema(examples = "1520/QĐ-UBND") String decisionNumber,
        LocalDate decisionDate,

        @Schema(
                description = "The last day of validity, inclusive (ngày cuối cùng còn hiệu lực): the decision date"
                        + " + 36 months, a day of Vietnam's calendar (Asia/Ho_Chi_Minh). The certificate is valid"
                        + " through this whole day and EXPIRED from the next day.",
                examples = "2028-09-15")
        LocalDate lastValidDay,

        @Schema(
                deprecated = true,
                description = "The same day as lastValidDay (inclusive), kept for older clients",
                examples = "2028-09-15")
        LocalDate validUntil,

        @Schema(
                description = "VALID; EXPIRED (after lastValidDay); REVOKED (thu hồi: a sanction, by decision);"
                        + " REPLACED (superseded by the certificate of a later evaluation: never a revocation)")
        CertificateStatus status,

        @Schema(nullable = true) String statusReason,
        @Schema(nullable = true) LocalDate statusChangedOn,

        @Schema(nullable = true, description = "The certificate that superseded this one, when REPLACED")
        UUID replacedByCertificateId,

        @Schema(
                nullable = true,
                description = "The revoking decision (quyết định thu hồi), when REVOKED",
                examples = "2210/QĐ-UBND")
        String revocationDecisionNumber,

        @Schema(
                description = "Scored with an illustrative sheet (phiếu minh họa), not an official Annex III sheet:"
                        + " the stars are not an official grading")
        boolean illustrativeScoringSheet,

        String provinceCode,
        String currentProvinceCode,
        long version) {}
