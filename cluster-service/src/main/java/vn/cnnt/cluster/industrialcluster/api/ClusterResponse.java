package vn.cnnt.cluster.industrialcluster.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.cluster.industrialcluster.ClusterStatus;

/** A cluster as the API shows it; occupancy and free land are derived, never stored or entered. */
@Schema(name = "Cluster", description = "Industrial cluster (cụm công nghiệp, CCN)")
public record ClusterResponse(
        @Schema(examples = "7b0e4c1e-2f55-4a53-9a39-0f4f7f3f6c11")
        UUID id,

        @Schema(examples = "3") long version,
        @Schema(examples = "Cụm công nghiệp Minh họa") String name,

        @Schema(description = "Province code when the cluster was planned", examples = "19")
        String provinceCode,

        @Schema(description = "Province that holds it today", examples = "19")
        String currentProvinceCode,

        @Schema(description = "District (huyện) when planned before 1 July 2025", examples = "065")
        String districtCode,

        @Schema(examples = "01234") String communeCode,
        boolean craftVillage,

        @Schema(
                nullable = true,
                description = "Craft-village clusters: industrial land reserved for craft-village producers (ha)",
                examples = "6")
        BigDecimal craftVillageLandHa,

        boolean mountainous,
        List<String> plannedIndustries,
        @Schema(examples = "74.4") BigDecimal totalAreaHa,
        @Schema(examples = "50") BigDecimal industrialLandHa,

        @Schema(description = "Industrial land leased to tenants", examples = "30.5")
        BigDecimal leasedHa,

        @Schema(description = "Industrial land still free", examples = "19.5")
        BigDecimal freeIndustrialLandHa,

        @Schema(
                description = "Occupancy (tỷ lệ lấp đầy), percent with two decimals: leased / industrial land",
                examples = "61.00")
        BigDecimal occupancy,

        DeveloperPayload developer,
        @Schema(examples = "150000000000") Long totalInvestmentVnd,

        @Schema(
                description = "State budget support received (vốn ngân sách hỗ trợ), from funding commitments",
                examples = "0")
        long stateSupportVnd,

        LocalDate sharedInfrastructureCompletedOn,
        @Schema(examples = "OPERATING") ClusterStatus status,

        @Schema(description = "Lifecycle sub-resources available now", examples = "[\"expansion\"]")
        List<String> availableTransitions) {}
