package vn.cnnt.ocop.certificate.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Valid certificates (sản phẩm OCOP từ 3 sao) of a province, or of the caller's scope, by stars. */
public record Statistics(
        @Schema(nullable = true, description = "Current province code; null for the whole country", examples = "04")
        String province,

        @Schema(examples = "120") long threeStars,
        @Schema(examples = "35") long fourStars,
        @Schema(examples = "2") long fiveStars,
        @Schema(examples = "157") long total) {}
