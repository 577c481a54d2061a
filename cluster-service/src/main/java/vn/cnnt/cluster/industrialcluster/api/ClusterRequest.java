package vn.cnnt.cluster.industrialcluster.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.kit.money.Vnd;

/** A cluster entered from the province's cluster development plan; it starts IN_PLAN. */
@Schema(
        name = "ClusterRequest",
        description = "A cluster of the province's development plan (phương án phát triển CCN)")
public record ClusterRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Cụm công nghiệp Quảng Chu")
        String name,

        @NotNull
        @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code")
        @Schema(
                description = "Province code valid on planDecisionDate (a former code before 1 July 2025)",
                examples = "06")
        String provinceCode,

        @Pattern(regexp = "\\d{3}", message = "must be a 3-digit district code")
        @Schema(
                description =
                        "District (huyện, 3-digit code of 124/2004/QĐ-TTg), only for plans decided before 1 July"
                                + " 2025; the establishment rule measures the district's clusters for decisions before that day",
                examples = "065")
        String districtCode,

        @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code")
        @Schema(description = "Commune (xã, phường)", examples = "01234")
        String communeCode,

        @NotNull @Schema(description = "Craft-village cluster (CCN làng nghề)", examples = "false")
        Boolean craftVillage,

        @NotNull @Schema(description = "In a mountainous area (miền núi)", examples = "true")
        Boolean mountainous,

        @NotNull
        @Size(max = 20)
        @Schema(
                description = "Planned industries (ngành nghề dự kiến)",
                examples = "[\"Chế biến nông lâm sản\", \"Da giày\"]")
        List<@NotBlank @Size(max = 200) String> plannedIndustries,

        @NotNull
        @DecimalMin(value = "0.01")
        @Digits(integer = 5, fraction = 2)
        @Schema(description = "Total area in hectares (diện tích)", examples = "74.4")
        BigDecimal totalAreaHa,

        @NotNull
        @DecimalMin(value = "0.01")
        @Digits(integer = 5, fraction = 2)
        @Schema(description = "Industrial land in hectares (đất công nghiệp), the base of occupancy", examples = "50")
        BigDecimal industrialLandHa,

        @DecimalMin(value = "0")
        @Digits(integer = 5, fraction = 2)
        @Schema(
                description =
                        "Craft-village clusters only (CCN làng nghề): industrial land reserved for the craft"
                                + " villages' producers, in hectares; at least 60 % of the industrial land under Decree 32/2024",
                examples = "32")
        BigDecimal craftVillageLandHa,

        @Valid DeveloperPayload developer,

        @PositiveOrZero
        @Vnd
        @Schema(
                description = "Total infrastructure investment in đồng (tổng vốn đầu tư hạ tầng)",
                examples = "150000000000")
        Long totalInvestmentVnd,

        @NotBlank
        @Size(max = 60)
        @Schema(
                description = "Decision that put the cluster in the province's development plan",
                examples = "1520/QĐ-UBND")
        String planDecisionNumber,

        @NotNull @PastOrPresent @Schema(examples = "2019-08-26")
        LocalDate planDecisionDate,

        @Size(max = 3)
        @Schema(
                description = "For a cluster that already exists: the decisions taken after the plan, in order"
                        + " (establishment, construction, operation), so that it is entered in its real status. Each is"
                        + " checked against the rules in force on its own date: a decision before 1 May 2024 is not"
                        + " checked against Decree 32/2024/NĐ-CP. Requires the approver role.")
        List<@NotNull @Valid EntryDecision> decisions) {

    public List<EntryDecision> decisionsOrNone() {
        return decisions == null ? List.of() : decisions;
    }
}
