package vn.cnnt.cluster.industrialcluster.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cnnt.cluster.industrialcluster.ClusterStatus;
import vn.cnnt.cluster.industrialcluster.api.ClusterRequest;
import vn.cnnt.cluster.industrialcluster.api.ClusterResponse;
import vn.cnnt.cluster.industrialcluster.api.ClusterUpdate;
import vn.cnnt.cluster.industrialcluster.api.DecisionResponse;
import vn.cnnt.cluster.industrialcluster.service.ClusterService;
import vn.cnnt.kit.history.HistoryEntry;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.web.ETags;

@Path("/api/v1/clusters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Clusters", description = "Industrial clusters (cụm công nghiệp, CCN) under Decree 32/2024/NĐ-CP")
public class ClusterResource {

    /**
     * From the Bắc Kạn seed (2023): the name, huyện Chợ Mới (district 065 of 124/2004/QĐ-TTg), 74.4 ha and the
     * developer. Not in the seed, so illustrative: the industrial land, the industries and the decisions.
     */
    private static final String CLUSTER_EXAMPLE = """
            {"name": "Cụm công nghiệp Quảng Chu", "provinceCode": "06", "districtCode": "065", "craftVillage": false,
             "mountainous": true, "plannedIndustries": ["Chế biến nông lâm sản"], "totalAreaHa": 74.4,
             "industrialLandHa": 50, "developer": {"kind": "ENTERPRISE", "name": "Công ty Cổ phần Onsen Fuji Bắc Kạn"},
             "planDecisionNumber": "1520/QĐ-UBND", "planDecisionDate": "2019-08-26",
             "decisions": [{"status": "ESTABLISHED", "decisionNumber": "2217/QĐ-UBND", "decisionDate": "2020-11-20"},
                           {"status": "UNDER_CONSTRUCTION", "decisionNumber": "45/QĐ-UBND", "decisionDate": "2021-03-15"}]}""";
    /** A craft-village cluster (illustrative): at least 60 % of its industrial land kept for craft-village producers. */
    private static final String CRAFT_VILLAGE_EXAMPLE = """
            {"name": "Cụm công nghiệp làng nghề Minh họa", "provinceCode": "19", "communeCode": "05800",
             "craftVillage": true, "mountainous": false, "plannedIndustries": ["Mây tre đan"], "totalAreaHa": 12,
             "industrialLandHa": 9, "craftVillageLandHa": 6, "planDecisionNumber": "100/QĐ-UBND",
             "planDecisionDate": "2025-08-01"}""";

    private static final String UPDATE_EXAMPLE = """
            {"name": "Cụm công nghiệp Minh họa", "plannedIndustries": ["Cơ khí"], "totalInvestmentVnd": 150000000000,
             "developer": {"kind": "ENTERPRISE", "name": "Công ty Cổ phần Hạ tầng Minh họa"},
             "sharedInfrastructureCompletedOn": "2023-06-30"}"""; // illustrative

    private final ClusterService clusters;

    ClusterResource(ClusterService clusters) {
        this.clusters = clusters;
    }

    @GET
    @Operation(operationId = "listClusters", summary = "Search clusters (tra cứu cụm công nghiệp)", description = """
            Clusters of the caller's province (all provinces for ministry users), by province, status and an accent- and
            case-insensitive `q` on the cluster's or developer's name ("quang chu" finds "Quảng Chu"). A former province
            code finds the clusters of the province that holds it today (06 Bắc Kạn → 19 Thái Nguyên). Keyset pages in id order.""")
    @APIResponse(responseCode = "200", description = "A page of clusters")
    @APIResponse(responseCode = "422", description = "validation-failed, unknown-province")
    public Page<ClusterResponse> list(
            @Parameter(description = "Current or former province code", example = "19") @QueryParam("province")
                    String province,
            @Parameter(description = "Lifecycle status", example = "OPERATING") @QueryParam("status")
                    ClusterStatus status,
            @Parameter(description = "Words of the name, accents optional", example = "quang chu") @QueryParam("q")
                    String q,
            @BeanParam @Valid PageRequest page) {
        return clusters.list(province, status, q, page);
    }

    @POST
    @Operation(
            operationId = "createCluster",
            summary = "Enter a cluster (cụm công nghiệp trong phương án phát triển)",
            description = """
            Enters a cluster of the province's cluster development plan with the decision that planned it; it starts IN_PLAN,
            or, for a cluster that already exists, in its real status when the decisions already taken are given
            (`decisions`: establishment, construction, operation, in order; approver role). The province code must be valid
            on the plan decision date (a former code before 1 July 2025, when a district may also be given). Every decision
            is checked against the rules in force on its own date (data with effective dates, `cluster_rule_set`): from 1
            May 2024 Decree 32/2024/NĐ-CP (area 10–75 ha, 5–75 ha in mountainous areas or for craft-village clusters, which
            keep at least 60 % of their industrial land for craft-village producers, `craftVillageLandHa`); decisions before
            that are recorded as taken. Occupancy is derived from tenants and never entered. Own province only.""")
    @RequestBody(
            content =
                    @Content(
                            examples = {
                                @ExampleObject(
                                        name = "Quảng Chu, Bắc Kạn (seed: name, huyện Chợ Mới, 74.4 ha, developer;"
                                                + " decisions and industrial land illustrative)",
                                        value = CLUSTER_EXAMPLE),
                                @ExampleObject(
                                        name = "Craft-village cluster (illustrative)",
                                        value = CRAFT_VILLAGE_EXAMPLE)
                            }))
    @APIResponse(
            responseCode = "201",
            description = "Entered; ETag carries the version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClusterResponse.class)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "409", description = "duplicate-cluster-name")
    @APIResponse(
            responseCode = "422",
            description =
                    "validation-failed, area-out-of-range, industrial-land-above-total-area, district-after-reform, unknown-province,"
                            + " craft-village-land-below-share, establishment-occupancy-too-low, establishment-area-unknown,"
                            + " decision-date-out-of-order")
    public Response create(@NotNull @Valid ClusterRequest request, @Context UriInfo uri) {
        ClusterResponse created = clusters.create(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .tag(ETags.of(created.version()))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getCluster",
            summary = "Read a cluster (cụm công nghiệp)",
            description = "With its occupancy (tỷ lệ lấp đầy) and the transitions available now; ETag is the version.")
    @APIResponse(
            responseCode = "200",
            description = "The cluster",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClusterResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found")
    public Response get(@PathParam("id") UUID id) {
        ClusterResponse c = clusters.get(id);
        return ETags.ok(c, c.version()).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateCluster", summary = "Edit a cluster (cập nhật thông tin CCN)", description = """
            Replaces the editable attributes: name, commune, planned industries, infrastructure developer (chủ đầu tư hạ tầng),
            investment and the completion of shared infrastructure (hạ tầng kỹ thuật dùng chung). Areas change only by
            expansion, status only by its decisions, leased land only by tenants. If-Match required.""")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "Infrastructure finished", value = UPDATE_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Updated; new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClusterResponse.class)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "duplicate-cluster-name")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "422", description = "validation-failed")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response update(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ClusterUpdate request) {
        ClusterResponse c = clusters.update(id, ifMatch, request);
        return ETags.ok(c, c.version()).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(
            operationId = "getClusterHistory",
            summary = "History of a cluster (lịch sử thay đổi)",
            description = "Who changed what and when, oldest first: entry, edits, decisions, tenants, state support.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "404", description = "not-found")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return clusters.history(id, page);
    }

    @GET
    @Path("{id}/decisions")
    @Operation(
            operationId = "listClusterDecisions",
            summary = "Decisions of a cluster (các quyết định)",
            description = "Every lifecycle decision with its number, date and the areas it left, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of decisions")
    @APIResponse(responseCode = "404", description = "not-found")
    public Page<DecisionResponse> decisions(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return clusters.decisions(id, page);
    }
}
