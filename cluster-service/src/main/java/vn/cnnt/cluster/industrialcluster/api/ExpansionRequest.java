package vn.cnnt.cluster.industrialcluster.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An expansion decision (quyết định mở rộng CCN) with the areas after expansion. */
@Schema(name = "ExpansionRequest", description = "Expansion decision (mở rộng CCN) and the cluster's areas after it")
public record ExpansionRequest(
        @NotBlank @Size(max = 60) @Schema(examples = "1890/QĐ-UBND")
        String decisionNumber,

        @NotNull @PastOrPresent @Schema(examples = "2024-09-12")
        LocalDate decisionDate,

        @NotNull
        @DecimalMin("0.01")
        @Digits(integer = 5, fraction = 2)
        @Schema(description = "Total area after expansion, hectares", examples = "70")
        BigDecimal totalAreaHa,

        @NotNull
        @DecimalMin("0.01")
        @Digits(integer = 5, fraction = 2)
        @Schema(description = "Industrial land after expansion, hectares", examples = "50")
        BigDecimal industrialLandHa,

        @DecimalMin("0.01")
        @Digits(integer = 5, fraction = 2)
        @Schema(
                description =
                        "Documented demand for industrial land lease (nhu cầu thuê đất), hectares; lets a cluster below "
                                + "the occupancy threshold expand when it exceeds the free industrial land",
                examples = "12.5")
        BigDecimal registeredDemandHa,

        @DecimalMin("0")
        @Digits(integer = 5, fraction = 2)
        @Schema(
                description = "Craft-village clusters: land reserved for craft-village producers after expansion (ha);"
                        + " absent keeps the current reservation",
                examples = "30")
        BigDecimal craftVillageLandHa,

        @Size(max = 1000) String note) {}
