package vn.cnnt.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A small OpenAPI 3.1 document like a service's: one secured GET, and a server address the gateway must replace. */
final class FakeOpenApi {

    private FakeOpenApi() {}

    static JsonObject of(String service) {
        String path = "/api/v1/" + (service.equals("cluster") ? "clusters" : service) + "/summary";
        JsonObject get = new JsonObject()
                .put("summary", "Summary of " + service)
                .put("operationId", service + "Summary")
                .put("tags", new JsonArray().add(service))
                .put("security", new JsonArray().add(new JsonObject().put("jwt", new JsonArray())))
                .put("responses", new JsonObject().put("200", new JsonObject().put("description", "The summary")));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put(
                        "info",
                        new JsonObject().put("title", service + "-service API").put("version", "1.0.0"))
                .put(
                        "servers",
                        new JsonArray()
                                .add(new JsonObject().put("url", "http://" + service + "-service.internal:8080")))
                .put("paths", new JsonObject().put(path, new JsonObject().put("get", get)))
                .put(
                        "components",
                        new JsonObject()
                                .put(
                                        "securitySchemes",
                                        new JsonObject()
                                                .put(
                                                        "jwt",
                                                        new JsonObject()
                                                                .put("type", "http")
                                                                .put("scheme", "bearer")
                                                                .put("bearerFormat", "JWT"))));
    }
}
