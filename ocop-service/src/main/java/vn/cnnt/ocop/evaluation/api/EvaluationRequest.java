package vn.cnnt.ocop.evaluation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.ocop.CouncilLevel;
import vn.cnnt.ocop.evaluation.Choice;

/** A council's evaluation as recorded by its secretary: scores, stars and province are computed, never sent. */
public record EvaluationRequest(
        @NotNull UUID productId,

        @NotNull
        @Schema(
                description =
                        "The criteria set the council scored with; it must be of the product's category and of the regime in force on the decision date")
        UUID criteriaSetId,

        @NotNull @Schema(examples = "PROVINCIAL") CouncilLevel councilLevel,

        @NotBlank @Size(max = 100) @Schema(description = "Evaluation round (đợt đánh giá)", examples = "Đợt 2 năm 2025")
        String round,

        @NotBlank
        @Size(max = 100)
        @Schema(description = "Recognition decision number (số quyết định công nhận)", examples = "1520/QĐ-UBND")
        String decisionNumber,

        @NotNull
        @PastOrPresent
        @Schema(description = "Decision date: chooses the regime and the level rules", examples = "2025-09-15")
        LocalDate decisionDate,

        @NotNull @Size(min = 1, max = 25) List<@NotNull @Valid MemberSheetRequest> sheets,

        @Valid
        @Schema(
                nullable = true,
                description =
                        "The commune's pre-screening (sàng lọc cấp xã) with its decision: required for a provincial"
                                + " council's evaluation under a regime that requires it (148/QĐ-TTg as amended by 1489/QĐ-TTg,"
                                + " decisions from 2025-07-06)")
        CommunePreScreening communePreScreening) {

    /** One council member's sheet: one option per criterion of the set. */
    public record MemberSheetRequest(
            @NotBlank @Size(max = 200) @Schema(examples = "Nguyễn Văn An")
            String memberName,

            @NotNull @Size(min = 1, max = 300) List<@NotNull @Valid Choice> choices) {}
}
