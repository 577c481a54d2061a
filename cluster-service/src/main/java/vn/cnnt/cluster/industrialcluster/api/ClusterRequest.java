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
        @Schema(description = "District (huyện), only for plans decided before 1 July 2025", examples = "063")
        String districtCode,

        @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code")
        @Schema(description = "Commune (xã, phường)", examples = "02008")
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
        @Schema(description = "Industrial land in hectares (đất công nghiệp), the base of occupancy", examples = "52.1")
        BigDecimal industrialLandHa,

        @Valid DeveloperPayload developer,

        @PositiveOrZero
        @Vnd
        @Schema(
                description = "Total infrastructure investment in đồng (tổng vốn đầu tư hạ tầng)",
                examples = "322000000000")
        Long totalInvestmentVnd,

        @NotBlank
        @Size(max = 60)
        @Schema(description = "Decision that put the cluster in the plan", examples = "1520/QĐ-UBND")
        String planDecisionNumber,

        @NotNull @PastOrPresent @Schema(examples = "2019-08-26")
        LocalDate planDecisionDate) {}
