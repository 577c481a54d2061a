package vn.cnnt.ocop.certificate.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Valid certificates (sản phẩm OCOP từ 3 sao) of a province, or of the caller's scope, by stars; and the certificates
 * ever revoked (thu hồi: a sanction, counted and published) apart from those replaced by a later evaluation (never a
 * revocation).
 */
public record Statistics(
        @Schema(nullable = true, description = "Current province code; null for the whole country", examples = "04")
        String province,

        @Schema(examples = "120") long threeStars,
        @Schema(examples = "35") long fourStars,
        @Schema(examples = "2") long fiveStars,

        @Schema(description = "Valid certificates today", examples = "157")
        long total,

        @Schema(description = "Certificates revoked by decision (thu hồi), all time", examples = "3")
        long revoked,

        @Schema(
                description =
                        "Certificates replaced by the certificate of a later evaluation (not revocations), all time",
                examples = "12")
        long replaced) {}
