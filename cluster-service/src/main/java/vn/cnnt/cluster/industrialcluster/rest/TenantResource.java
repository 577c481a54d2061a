package vn.cnnt.cluster.industrialcluster.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import vn.cnnt.cluster.industrialcluster.TenantStatus;
import vn.cnnt.cluster.industrialcluster.api.DepartureRequest;
import vn.cnnt.cluster.industrialcluster.api.TenantRequest;
import vn.cnnt.cluster.industrialcluster.api.TenantResponse;
import vn.cnnt.cluster.industrialcluster.service.TenantService;
import vn.cnnt.kit.history.HistoryEntry;
import vn.cnnt.kit.idempotency.IdempotencyKey;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.web.ETags;

@Path("/api/v1/clusters/{clusterId}/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Tenants", description = "Secondary investors (nhà đầu tư thứ cấp) leasing industrial land in a cluster")
public class TenantResource {

    private final TenantService tenants;

    TenantResource(TenantService tenants) {
        this.tenants = tenants;
    }

    @GET
    @Operation(
            operationId = "listTenants",
            summary = "List a cluster's tenants (danh sách nhà đầu tư thứ cấp)",
            description = "Keyset pages in id order, optionally by status.")
    @APIResponse(responseCode = "200", description = "A page of tenants")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "422", description = "validation-failed")
    public Page<TenantResponse> list(
            @PathParam("clusterId") UUID clusterId,
            @Parameter(example = "ACTIVE") @QueryParam("status") TenantStatus status,
            @BeanParam @Valid PageRequest page) {
        return tenants.list(clusterId, status, page);
    }

    @POST
    @Operation(operationId = "admitTenant", summary = "Admit a tenant (nhà đầu tư thứ cấp thuê đất)", description = """
            Leases industrial land of an established, not withdrawn cluster to a secondary investor. The leased area can never
            exceed the free industrial land: admissions are serialised on the cluster and PostgreSQL refuses leased land above
            the industrial land, so occupancy (tỷ lệ lấp đầy) never exceeds 100 %. Being a new resource, it needs no If-Match
            (the cluster's ETag changes with every lease); send an Idempotency-Key to retry safely.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Footwear export project", value = """
            {"investorName": "Công ty TNHH Giày xuất khẩu Minh họa", "investorTaxCode": "4700654321",
             "projectName": "Nhà máy sản xuất giày xuất khẩu", "industry": "Da giày", "leasedHa": 12.5,
             "registeredCapitalVnd": 250000000000, "jobs": 1200, "leaseStart": "2023-03-01", "leaseEnd": "2073-03-01"}""")))
    @APIResponse(
            responseCode = "201",
            description = "Admitted; ETag is the tenant's version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TenantResponse.class)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "cluster-not-open-to-tenants, lease-exceeds-free-land")
    @APIResponse(responseCode = "422", description = "validation-failed, idempotency-key-reused")
    public Response admit(
            @PathParam("clusterId") UUID clusterId,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @NotNull @Valid TenantRequest request,
            @Context UriInfo uri) {
        TenantResponse t = tenants.admit(clusterId, idempotencyKey, request);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(t.id().toString()).build())
                .entity(t)
                .tag(ETags.of(t.version()))
                .build();
    }

    @GET
    @Path("{tenantId}")
    @Operation(
            operationId = "getTenant",
            summary = "Read a tenant (nhà đầu tư thứ cấp)",
            description = "ETag is the tenant's version.")
    @APIResponse(
            responseCode = "200",
            description = "The tenant",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TenantResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found")
    public Response get(@PathParam("clusterId") UUID clusterId, @PathParam("tenantId") UUID tenantId) {
        TenantResponse t = tenants.get(clusterId, tenantId);
        return ETags.ok(t, t.version()).build();
    }

    @POST
    @Path("{tenantId}/departure")
    @Operation(
            operationId = "recordTenantDeparture",
            summary = "Record a tenant's departure (chấm dứt thuê đất)",
            description = "ACTIVE → LEFT; its land becomes free again. If-Match with the tenant's ETag.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Departure", value = """
            {"leftOn": "2024-12-31", "note": "Chấm dứt hợp đồng thuê đất"}""")))
    @APIResponse(
            responseCode = "200",
            description = "Left; new ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TenantResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "tenant-already-left")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "422", description = "validation-failed, departure-before-lease-start")
    @APIResponse(responseCode = "428", description = "precondition-required")
    public Response depart(
            @PathParam("clusterId") UUID clusterId,
            @PathParam("tenantId") UUID tenantId,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid DepartureRequest request) {
        TenantResponse t = tenants.depart(clusterId, tenantId, ifMatch, request);
        return ETags.ok(t, t.version()).build();
    }

    @GET
    @Path("{tenantId}/history")
    @Operation(
            operationId = "getTenantHistory",
            summary = "History of a tenant (lịch sử thay đổi)",
            description = "Admission and departure, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "404", description = "not-found")
    public Page<HistoryEntry> history(
            @PathParam("clusterId") UUID clusterId,
            @PathParam("tenantId") UUID tenantId,
            @BeanParam @Valid PageRequest page) {
        return tenants.history(clusterId, tenantId, page);
    }
}
