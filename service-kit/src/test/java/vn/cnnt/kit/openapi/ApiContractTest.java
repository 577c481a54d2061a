package vn.cnnt.kit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.json.StrictJson;
import vn.cnnt.kit.paging.PageRequest;

class ApiContractTest {

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static OpenAPI document() {
        Schema thing = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("id", string().format("uuid"))
                .addProperty("note", string())
                .addProperty(
                        "count",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int32"))
                .addProperty(
                        "tags",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(string()))
                .required(List.of("id"));
        Schema request = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("note", string().maxLength(200))
                .addProperty("count", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER));
        Operation approve = OASFactory.createOperation()
                .operationId("approveThing")
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("SecurityScheme"))
                .addParameter(OASFactory.createParameter()
                        .name("If-Match")
                        .in(Parameter.In.HEADER)
                        .schema(string()))
                .requestBody(OASFactory.createRequestBody()
                        .content(OASFactory.createContent()
                                .addMediaType(
                                        "application/json",
                                        OASFactory.createMediaType().schema(request))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse(
                                "200",
                                OASFactory.createAPIResponse()
                                        .description("The thing; new ETag")
                                        .content(OASFactory.createContent()
                                                .addMediaType(
                                                        "application/json",
                                                        OASFactory.createMediaType()
                                                                .schema(OASFactory.createSchema()
                                                                        .ref("Thing")))))
                        .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized")));
        Operation list = OASFactory.createOperation()
                .operationId("listThings")
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse(
                                "200",
                                OASFactory.createAPIResponse()
                                        .description("A page")
                                        .content(OASFactory.createContent()
                                                .addMediaType(
                                                        "application/json",
                                                        OASFactory.createMediaType()
                                                                .schema(OASFactory.createSchema()
                                                                        .ref("ThingPage"))))));
        Operation create = OASFactory.createOperation()
                .operationId("createThing")
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("SecurityScheme"))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("Created")));
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .info(OASFactory.createInfo().title("t").version("1"))
                .components(OASFactory.createComponents().addSchema("Thing", thing))
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/things/{id}/approval",
                                OASFactory.createPathItem().POST(approve))
                        .addPathItem(
                                "/things", OASFactory.createPathItem().GET(list).POST(create)));
        new ApiContract().filterOpenAPI(openAPI);
        return openAPI;
    }

    @Test
    void shouldNameTheLicenseBySpdxAndTheGatewayAsServer() {
        OpenAPI doc = document();
        assertThat(doc.getInfo().getLicense().getIdentifier()).isEqualTo("Apache-2.0");
        assertThat(doc.getServers())
                .singleElement()
                .satisfies(s -> assertThat(s.getUrl()).startsWith("https://"));
    }

    @Test
    void shouldMarkAPublicOperationAndListTheErrorsEachOperationCanAnswer() {
        OpenAPI doc = document();
        Operation list = doc.getPaths().getPathItem("/things").getGET();
        assertThat(list.getSecurity()).isEmpty();
        assertThat(list.getResponses().getAPIResponses()).doesNotContainKeys("401", "403", "404", "412", "428");
        assertThat(list.getResponses().getAPIResponses()).containsKeys("400", "429", "500", "503");

        Operation approve = doc.getPaths().getPathItem("/things/{id}/approval").getPOST();
        assertThat(approve.getResponses().getAPIResponses())
                .containsKeys("400", "401", "403", "404", "412", "413", "415", "422", "428", "429", "500", "503");
        assertThat(approve.getResponses().getAPIResponse("401").getRef()).endsWith("Unauthenticated");
        assertThat(approve.getParameters().getFirst().getRequired()).isTrue();
        assertThat(approve.getResponses().getAPIResponse("200").getHeaders())
                .containsKeys("ETag", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
        assertThat(doc.getComponents().getResponses().get("TooManyRequests").getHeaders())
                .containsKey("Retry-After");
        assertThat(doc.getComponents().getResponses().get("Unauthenticated").getHeaders())
                .containsKey("WWW-Authenticate");

        Operation create = doc.getPaths().getPathItem("/things").getPOST();
        assertThat(create.getResponses().getAPIResponse("201").getHeaders()).containsKey("Location");
    }

    @Test
    void shouldDefineAPageOfAComponentAndBoundTextNumbersAndArrays() {
        OpenAPI doc = document();
        Schema page = doc.getComponents().getSchemas().get("ThingPage");
        assertThat(page.getProperties().get("items").getMaxItems()).isEqualTo(PageRequest.MAX_SIZE);
        assertThat(page.getProperties().get("items").getItems().getRef()).endsWith("/Thing");

        Schema thing = doc.getComponents().getSchemas().get("Thing");
        assertThat(thing.getProperties().get("id").getMaxLength()).isEqualTo(36);
        assertThat(thing.getProperties().get("note").getMaxLength()).isEqualTo(StrictJson.MAX_TEXT_LENGTH);
        assertThat(thing.getProperties().get("count").getMaximum()).isEqualTo(BigDecimal.valueOf(Integer.MAX_VALUE));
        assertThat(thing.getProperties().get("tags").getMaxItems()).isEqualTo(ApiContract.MAX_ITEMS);
    }

    @Test
    void shouldDeclareNullableWhatAnAnswerMayLeaveNull() {
        OpenAPI doc = document();
        Schema thing = doc.getComponents().getSchemas().get("Thing");
        assertThat(thing.getProperties().get("id").getType()).doesNotContain(Schema.SchemaType.NULL);
        assertThat(thing.getProperties().get("note").getType()).contains(Schema.SchemaType.NULL);
        assertThat(thing.getProperties().get("count").getType()).contains(Schema.SchemaType.NULL);

        Schema request = doc.getPaths()
                .getPathItem("/things/{id}/approval")
                .getPOST()
                .getRequestBody()
                .getContent()
                .getMediaType("application/json")
                .getSchema();
        assertThat(request.getProperties().get("note").getMaxLength()).isEqualTo(200);
        assertThat(request.getProperties().get("count").getType()).contains(Schema.SchemaType.NULL);
    }
}
