package vn.cnnt.cluster.industrialcluster.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.cluster.industrialcluster.EstablishmentScope;

/** The cluster rules in force over a period of decision dates (data, loaded by migrations). */
@Schema(name = "ClusterRuleSet", description = "Rules of establishing and expanding clusters in force over a period")
public record RuleSetResponse(
        @Schema(examples = "ND-32-2024") String code,
        @Schema(examples = "Nghị định 32/2024/NĐ-CP") String legalBasis,
        @Schema(examples = "2024-05-01") LocalDate effectiveFrom,
        @Schema(nullable = true, examples = "2025-06-30") LocalDate effectiveTo,

        @Schema(description = "false: the regime's thresholds are not in the sources; decisions are recorded as taken")
        boolean checked,

        @Schema(nullable = true, examples = "10") BigDecimal minAreaHa,
        @Schema(nullable = true, examples = "5") BigDecimal minAreaMountainousOrCraftVillageHa,
        @Schema(nullable = true, examples = "75") BigDecimal maxAreaHa,

        @Schema(nullable = true, description = "\"The area\" the establishment rule measures", examples = "DISTRICT")
        EstablishmentScope establishmentScope,

        @Schema(nullable = true, examples = "50") BigDecimal establishmentAverageOccupancyAbovePercent,
        @Schema(nullable = true, examples = "100") BigDecimal establishmentUnleasedLandAtMostHa,
        @Schema(nullable = true, examples = "60") BigDecimal expansionOccupancyAtLeastPercent,
        @Schema(nullable = true, examples = "60") BigDecimal craftVillageLandAtLeastPercent,

        @Schema(nullable = true, description = "What of this rule set the sources do not settle")
        String unconfirmed) {}
