package vn.cnnt.cluster.industrialcluster.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cnnt.cluster.industrialcluster.api.ClusterReport;
import vn.cnnt.cluster.industrialcluster.api.ClusterStatistics;
import vn.cnnt.cluster.industrialcluster.api.RuleSetResponse;
import vn.cnnt.cluster.industrialcluster.service.ClusterReportService;

@Path("/api/v1/clusters")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Cluster reports",
        description = "Statistics and periodic reports (báo cáo định kỳ) of Thông tư 14/2024/TT-BCT")
public class ClusterReportResource {

    private final ClusterReportService reports;

    ClusterReportResource(ClusterReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("rule-sets")
    @Operation(
            operationId = "listClusterRuleSets",
            summary = "Rules in force by date (quy định áp dụng theo thời điểm)",
            description = """
            The rules of establishing and expanding clusters, each over the decision dates it governs: a decision is checked
            against the rule set in force on its own date. Before 1 May 2024 decisions are recorded as taken (thresholds
            not in the sources); Decree 32/2024/NĐ-CP measures the district before 1 July 2025; after that the scope is
            provisional (`unconfirmed`). Amendments are new rows loaded by migrations.""")
    @APIResponse(responseCode = "200", description = "The rule sets, oldest first")
    public List<RuleSetResponse> ruleSets() {
        return reports.ruleSets();
    }

    @GET
    @Path("statistics")
    @Operation(
            operationId = "getClusterStatistics",
            summary = "Cluster statistics of a province (thống kê CCN)",
            description = """
            Today's clusters by status, their areas and the average occupancy (tỷ lệ lấp đầy bình quân: the mean of the
            occupancy of established, not withdrawn clusters), for the gateway's province overview. A provincial caller sees
            their own province; ministry users any province or, without `province`, the country.""")
    @APIResponse(responseCode = "200", description = "The statistics")
    @APIResponse(responseCode = "422", description = "unknown-province")
    public ClusterStatistics statistics(
            @Parameter(description = "Current or former province code", example = "19") @QueryParam("province")
                    String province) {
        return reports.statistics(province);
    }

    @GET
    @Path("reports/{period}/{year}")
    @Operation(
            operationId = "getClusterReport",
            summary = "Half-year or annual cluster report (báo cáo 6 tháng / năm về CCN)",
            description = """
            The report of Thông tư 14/2024/TT-BCT as the clusters stood at the data cut-off: from 15 December of the previous
            year to 14 June (`half-year`, due before 20 June) or 14 December (`annual`, due before 20 December). Status and areas
            come from the decisions dated by the cut-off; tenants from leases started and not ended by then. Clusters by status,
            areas, occupancy, developers, tenants, registered capital, jobs, investment and state support.""")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "404", description = "unknown-report-period")
    @APIResponse(responseCode = "422", description = "validation-failed, unknown-province")
    public ClusterReport report(
            @Parameter(description = "half-year or annual", example = "half-year") @PathParam("period") String period,
            @Parameter(example = "2024") @PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(description = "Current or former province code", example = "19") @QueryParam("province")
                    String province) {
        return reports.report(period, year, province);
    }
}
