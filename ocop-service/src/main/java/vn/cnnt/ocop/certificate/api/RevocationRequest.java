package vn.cnnt.ocop.certificate.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Revoking a certificate (thu hồi giấy chứng nhận) with the reason and the revoking decision. */
public record RevocationRequest(
        @NotBlank @Size(max = 1000) @Schema(examples = "Không duy trì tiêu chuẩn chất lượng sản phẩm")
        String reason,

        @NotBlank @Size(max = 100) @Schema(examples = "2210/QĐ-UBND")
        String decisionNumber) {}
