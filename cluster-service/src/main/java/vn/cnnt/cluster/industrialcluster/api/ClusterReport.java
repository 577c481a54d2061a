package vn.cnnt.cluster.industrialcluster.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.cluster.industrialcluster.ClusterStatus;

/**
 * The periodic report of Thông tư 14/2024/TT-BCT: the clusters as they stood at the data cut-off (14 June for the
 * half-year report, 14 December for the annual one).
 */
@Schema(
        name = "ClusterReport",
        description = "Half-year or annual cluster report (báo cáo định kỳ về CCN, Thông tư 14/2024/TT-BCT)")
public record ClusterReport(
        @Schema(examples = "half-year") String period,
        @Schema(examples = "2024") int year,

        @Schema(description = "First day of the data period", examples = "2023-12-15")
        LocalDate dataFrom,

        @Schema(description = "Data cut-off (số liệu tính đến)", examples = "2024-06-14")
        LocalDate dataTo,

        @Schema(description = "Report due before this day", examples = "2024-06-20")
        LocalDate dueBefore,

        @Schema(description = "Current province code; null for the whole country", examples = "19")
        String provinceCode,

        Summary summary,
        List<Line> clusters) {

    @Schema(name = "ClusterReportSummary")
    public record Summary(
            @Schema(examples = "6") int clusters,
            Map<ClusterStatus, Long> byStatus,
            @Schema(examples = "202.4") BigDecimal totalAreaHa,
            @Schema(examples = "150.2") BigDecimal industrialLandHa,
            @Schema(examples = "80.3") BigDecimal leasedHa,

            @Schema(description = "Mean occupancy (percent) of established, not withdrawn clusters", examples = "41.73")
            BigDecimal averageOccupancy,

            @Schema(examples = "12") long tenants,
            @Schema(examples = "1250000000000") long registeredCapitalVnd,
            @Schema(examples = "5300") long jobs,
            @Schema(examples = "150000000000") long totalInvestmentVnd,
            @Schema(examples = "0") long stateSupportVnd) {}

    @Schema(
            name = "ClusterReportLine",
            description = "A cluster at the cut-off; developer and investment are the current values")
    public record Line(
            UUID clusterId,
            @Schema(examples = "Cụm công nghiệp Minh họa") String name,
            @Schema(examples = "19") String provinceCode,
            ClusterStatus status,
            @Schema(examples = "74.4") BigDecimal totalAreaHa,
            @Schema(examples = "52.1") BigDecimal industrialLandHa,
            @Schema(examples = "30.5") BigDecimal leasedHa,
            @Schema(examples = "58.54") BigDecimal occupancy,
            DeveloperPayload developer,
            @Schema(examples = "3") long tenants,
            @Schema(examples = "250000000000") long registeredCapitalVnd,
            @Schema(examples = "1200") long jobs,
            Long totalInvestmentVnd,
            long stateSupportVnd) {}
}
