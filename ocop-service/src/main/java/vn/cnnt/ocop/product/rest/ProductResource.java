package vn.cnnt.ocop.product.rest;

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
import vn.cnnt.ocop.product.api.ProductRequest;
import vn.cnnt.ocop.product.api.ProductResponse;
import vn.cnnt.ocop.product.service.ProductService;

@Path("/api/v1/ocop/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Products",
        description = "OCOP products (sản phẩm OCOP) with their stars (hạng sao) and certificate status")
public class ProductResource {

    private static final String REQUEST = """
            {"name": "Miến dong Minh họa", "producerId": "1d7d0f0e-3b1c-4c55-9a57-1f0c8a0e1b11", "categoryCode": "05",
             "provinceCode": "04", "communeCode": "01291", "registeredOn": "2023-06-01",
             "description": "Miến làm từ củ dong riềng (mô tả minh họa)"}""";
    private static final String PRODUCT = """
            {"id": "5b0e7c4a-8f7e-4a53-9b0e-0c3e9d7a2f10", "name": "Miến dong Minh họa",
             "producerId": "1d7d0f0e-3b1c-4c55-9a57-1f0c8a0e1b11", "producerName": "Hợp tác xã Minh họa",
             "categoryCode": "05", "provinceCode": "04", "currentProvinceCode": "04", "communeCode": "01291",
             "registeredOn": "2023-06-01", "description": "Miến làm từ củ dong riềng (mô tả minh họa)",
             "stars": 4, "certificateStatus": "VALID", "certificateValidUntil": "2028-09-15", "version": 3}""";

    private final ProductService products;

    ProductResource(ProductService products) {
        this.products = products;
    }

    @GET
    @Operation(operationId = "listProducts", summary = "Search products (tìm sản phẩm OCOP)", description = """
            Products visible to the caller, in keyset pages by id. Filters: `province` (current or former code: 70 Bình
            Phước is found under 75 Đồng Nai), `stars` of the latest certificate, `category` (bộ sản phẩm), `producerId`,
            `certificateStatus`; `q` matches product and producer names without accents or case.""")
    @APIResponse(
            responseCode = "200",
            description = "A page of products",
            content =
                    @Content(
                            schema = @Schema(ref = "ProductResponsePage"),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "Cao Bằng (illustrative figures)",
                                            value = "{\"items\": [" + PRODUCT + "], \"nextPageToken\": null}")))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "422", description = "validation-failed, unknown-province")
    public Page<ProductResponse> list(
            @QueryParam("province")
                    @Parameter(description = "Province code (mã tỉnh), current or former", example = "04")
                    String province,
            @QueryParam("stars") @Parameter(description = "Stars (hạng sao) 1–5", example = "4") Integer stars,
            @QueryParam("category") @Parameter(description = "Category code (bộ sản phẩm)", example = "05")
                    String category,
            @QueryParam("producerId") @Parameter(description = "Producer id") UUID producerId,
            @QueryParam("certificateStatus") @Parameter(description = "VALID, EXPIRED or REVOKED")
                    String certificateStatus,
            @QueryParam("q") @Parameter(description = "Free text, accent- and case-insensitive", example = "mien dong")
                    String q,
            @BeanParam @Valid PageRequest page) {
        return products.list(province, stars, category, producerId, certificateStatus, q, page);
    }

    @POST
    @Operation(operationId = "createProduct", summary = "Register a product (đăng ký sản phẩm OCOP)", description = """
            Officers of the product's province (or the ministry) register a product of a visible producer in one of
            the 26 categories. Stars and certificate status are never set here: they follow the certificates.""")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Miến dong", value = REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Registered; Location and ETag headers",
            content =
                    @Content(
                            schema = @Schema(implementation = ProductResponse.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Miến dong", value = PRODUCT)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "403", description = "forbidden, province-not-yours")
    @APIResponse(responseCode = "415", description = "unsupported-media-type")
    @APIResponse(
            responseCode = "422",
            description = "validation-failed, unknown-province, unknown-producer, unknown-category")
    public Response create(@NotNull @Valid ProductRequest request, @Context UriInfo uri) {
        ProductResponse created = products.create(request);
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
            operationId = "getProduct",
            summary = "Read a product (xem sản phẩm OCOP)",
            description = "The product with its current stars; the ETag is its version.")
    @APIResponse(
            responseCode = "200",
            description = "The product; ETag header",
            content =
                    @Content(
                            schema = @Schema(implementation = ProductResponse.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Miến dong", value = PRODUCT)))
    @APIResponse(responseCode = "404", description = "not-found")
    public Response get(@PathParam("id") UUID id) {
        ProductResponse product = products.get(id);
        return ETags.ok(product, product.version()).build();
    }

    @PUT
    @Path("{id}")
    @Operation(
            operationId = "updateProduct",
            summary = "Correct a product (sửa sản phẩm OCOP)",
            description = "Replaces what a caller may set; requires If-Match.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Miến dong", value = REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "Updated; ETag header",
            content =
                    @Content(
                            schema = @Schema(implementation = ProductResponse.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Miến dong", value = PRODUCT)))
    @APIResponse(responseCode = "400", description = "malformed-request")
    @APIResponse(responseCode = "403", description = "forbidden, province-not-yours")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(responseCode = "412", description = "precondition-failed")
    @APIResponse(responseCode = "428", description = "precondition-required")
    @APIResponse(
            responseCode = "422",
            description = "validation-failed, unknown-province, unknown-producer, unknown-category")
    public Response update(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ProductRequest request) {
        ProductResponse product = products.update(id, ifMatch, request);
        return ETags.ok(product, product.version()).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(
            operationId = "getProductHistory",
            summary = "History of a product (lịch sử sản phẩm)",
            description = "Registrations, edits and certificate changes of the product.")
    @APIResponse(responseCode = "200", description = "A page of history entries")
    @APIResponse(responseCode = "404", description = "not-found")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return products.history(id, page);
    }
}
