package vn.cnnt.ocop.evaluation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The commune's pre-screening of the product before the provincial council (sàng lọc, đề xuất của UBND cấp xã), required
 * under 148/QĐ-TTg as amended by 1489/QĐ-TTg (from 06/07/2025): origin of the product and its raw materials, local
 * labour, origin of the idea.
 */
@Schema(name = "CommunePreScreening", description = "The commune's pre-screening and proposal (UBND cấp xã)")
public record CommunePreScreening(
        @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code")
        @Schema(description = "Commune (xã, phường) that pre-screened", examples = "01234")
        String communeCode,

        @NotBlank
        @Size(max = 100)
        @Schema(description = "The commune's proposal document (số văn bản)", examples = "85/UBND-KT")
        String decisionNumber,

        @NotNull
        @PastOrPresent
        @Schema(description = "Its date, on or before the council's decision", examples = "2025-08-20")
        LocalDate decisionDate) {}
