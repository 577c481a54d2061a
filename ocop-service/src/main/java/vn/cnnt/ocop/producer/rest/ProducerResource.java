package vn.cnnt.ocop.producer.rest;

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
import vn.cnnt.kit.history.HistoryEntry;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.web.ETags;
import vn.cnnt.ocop.producer.api.ProducerRequest;
import vn.cnnt.ocop.producer.api.ProducerResponse;
import vn.cnnt.ocop.producer.service.ProducerService;

@Path("/api/v1/ocop/producers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Producers",
        description =
                "OCOP producers (chủ thể OCOP): enterprises, cooperatives, cooperative groups, household businesses")
public class ProducerResource {

    private static final String REQUEST = """
            {"name": "Hợp tác xã Minh họa", "kind": "COOPERATIVE", "taxCode": "4800123456",
             "provinceCode": "04", "communeCode": "01291", "registeredOn": "2023-05-10"}""";
    private static final String PRODUCER = """
            {"id": "1d7d0f0e-3b1c-4c55-9a57-1f0c8a0e1b11", "name": "Hợp tác xã Minh họa", "kind": "COOPERATIVE",
             "taxCode": "4800123456", "provinceCode": "04", "currentProvinceCode": "04", "communeCode": "01291",
             "registeredOn": "2023-05-10", "version": 0}""";

    private final ProducerService producers;

    ProducerResource(ProducerService producers) {
        this.producers = producers;
    }

    @GET
    @Operation(operationId = "listProducers", summary = "Search producers (tìm chủ thể OCOP)", description = """
            Producers visible to the caller, in keyset pages by id. `province` takes a current or former code; `q`
            matches name and tax code without accents or case (`mien dong` finds Miến dong).""")
    @APIResponse(
            responseCode = "200",
            description = "A page of producers",
            content =
                    @Content(
                            schema = @Schema(ref = "ProducerResponsePage"),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "Cao Bằng (illustrative figures)",
                                            value = "{\"items\": [" + PRODUCER + "], \"nextPageToken\": null}")))
    @APIResponse(responseCode = "422", description = "validation-failed, unknown-province")
    public Page<ProducerResponse> list(
            @QueryParam("province")
                    @Parameter(description = "Province code (mã tỉnh), current or former", example = "04")
                    String province,
            @QueryParam("kind")
                    @Parameter(description = "ENTERPRISE, COOPERATIVE, COOPERATIVE_GROUP or HOUSEHOLD_BUSINESS")
                    String kind,
            @QueryParam("taxCode") @Parameter(description = "Mã số thuế", example = "4800123456") String taxCode,
            @QueryParam("q") @Parameter(description = "Free text, accent- and case-insensitive", example = "mien dong")
                    String q,
            @BeanParam @Valid PageRequest page) {
        return producers.list(province, kind, taxCode, q, page);
    }

    @POST
    @Operation(
            operationId = "createProducer",
            summary = "Register a producer (đăng ký chủ thể OCOP)",
            description = """
            Officers of the producer's province (or the ministry) register a producer; the province code is the one
            valid on the registration date, and its current unit must be the caller's. The tax code is unique.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Cooperative", value = REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Registered; Location and ETag headers",
            content =
                    @Content(
                            schema = @Schema(implementation = ProducerResponse.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Cooperative", value = PRODUCER)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "403", description = "forbidden, province-not-yours")
    @APIResponse(responseCode = "409", description = "duplicate-tax-code")
    @APIResponse(responseCode = "415", description = "unsupported-media-type")
    @APIResponse(responseCode = "422", description = "validation-failed, unknown-province")
    public Response create(@NotNull @Valid ProducerRequest request, @Context UriInfo uri) {
        ProducerResponse created = producers.create(request);
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
            operationId = "getProducer",
            summary = "Read a producer (xem chủ thể OCOP)",
            description = "The producer; the ETag is its version.")
    @APIResponse(
            responseCode = "200",
            description = "The producer; ETag header",
            content =
                    @Content(
                            schema = @Schema(implementation = ProducerResponse.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Cooperative", value = PRODUCER)))
    @APIResponse(responseCode = "404", description = "not-found")
    public Response get(@PathParam("id") UUID id) {
        ProducerResponse producer = producers.get(id);
        return ETags.ok(producer, producer.version()).build();
    }

    @PUT
    @Path("{id}")
    @Operation(
            operationId = "updateProducer",
            summary = "Correct a producer (sửa chủ thể OCOP)",
            description = "Replaces what a caller may set; requires If-Match.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Cooperative", value = REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "Updated; ETag header",
            content =
                    @Content(
                            schema = @Schema(implementation = ProducerResponse.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Cooperative", value = PRODUCER)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "403", description = "forbidden, province-not-yours")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "409", description = "duplicate-tax-code")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "428", description = "precondition-required")
    @APIResponse(responseCode = "422", description = "validation-failed, unknown-province")
    public Response update(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ProducerRequest request) {
        ProducerResponse producer = producers.update(id, ifMatch, request);
        return ETags.ok(producer, producer.version()).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(
            operationId = "getProducerHistory",
            summary = "History of a producer (lịch sử chủ thể)",
            description = "Who changed the producer, when, and what changed.")
    @APIResponse(responseCode = "200", description = "A page of history entries")
    @APIResponse(responseCode = "404", description = "not-found")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return producers.history(id, page);
    }
}
