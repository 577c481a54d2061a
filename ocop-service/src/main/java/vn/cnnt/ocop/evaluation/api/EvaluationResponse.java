package vn.cnnt.ocop.evaluation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.ocop.CouncilLevel;
import vn.cnnt.ocop.evaluation.Choice;
import vn.cnnt.ocop.evaluation.MissedMandatory;

public record EvaluationResponse(
        UUID id,
        UUID productId,
        @Schema(examples = "Miến dong Minh họa") String productName,
        UUID criteriaSetId,
        @Schema(examples = "QD-148-1489-2025") String regimeCode,
        CouncilLevel councilLevel,
        @Schema(examples = "Đợt 2 năm 2025") String round,
        @Schema(examples = "1520/QĐ-UBND") String decisionNumber,
        LocalDate decisionDate,

        @Schema(
                description = "Average points of parts A, B, C",
                examples = "{\"A\": 30.50, \"B\": 18.00, \"C\": 26.00}")
        Map<String, BigDecimal> partScores,

        @Schema(
                description = "Average total score of the members (tổng điểm trung bình), 2 decimals",
                examples = "74.50")
        BigDecimal averageScore,

        @Schema(description = "Stars the score earns", examples = "4")
        int scoreStars,

        @Schema(
                description = "Stars recognised by this council after the mandatory minima and the level's maximum",
                examples = "4")
        int stars,

        @Schema(description = "Whether the stars are recognised (3★ or more)")
        boolean recognised,

        List<MissedMandatory> missedMandatory,

        @Schema(description = "A provincial council's product scoring 90 or more, proposed to the central council")
        boolean proposedForCentral,

        @Schema(
                nullable = true,
                description = "The council the product is proposed to, when it scored above this level's maximum")
        CouncilLevel proposedToLevel,

        @Schema(nullable = true) UUID certificateId,

        @Schema(nullable = true, description = "The commune's pre-screening (sàng lọc cấp xã) and its decision")
        CommunePreScreening communePreScreening,

        @Schema(
                description = "Scored with an illustrative sheet (phiếu minh họa), not an official Annex III sheet:"
                        + " the score and stars are not an official grading")
        boolean illustrativeScoringSheet,

        String provinceCode,
        String currentProvinceCode,
        List<MemberSheetResponse> sheets,
        long version) {

    public record MemberSheetResponse(
            @Schema(examples = "Nguyễn Văn An") String memberName,
            @Schema(examples = "74.50") BigDecimal totalScore,
            List<Choice> choices) {}
}
