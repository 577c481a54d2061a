package vn.cnnt.gateway.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.cnnt.gateway.Callers.withToken;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cnnt.gateway.Callers;
import vn.cnnt.gateway.FakeServices;
import vn.cnnt.gateway.GatewayTestResource;
import vn.cnnt.kit.testing.Tokens;

@QuarkusTest
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ProvinceOverviewTest {

    private static final JsonObject FUNDING = new JsonObject()
            .put("provinceCode", "04")
            .put("year", 2025)
            .put(
                    "bySource",
                    new JsonArray()
                            .add(new JsonObject()
                                    .put("source", "LOCAL")
                                    .put("budgetVnd", 13_800_000_000L)
                                    .put("committedVnd", 5_000_000_000L)
                                    .put("disbursedVnd", 2_000_000_000L)
                                    .put("availableVnd", 8_800_000_000L)));
    private static final JsonObject OCOP = new JsonObject()
            .put("provinceCode", "04")
            .put(
                    "validCertificatesByStars",
                    new JsonObject().put("3", 12).put("4", 3).put("5", 0));
    private static final JsonObject CLUSTERS = new JsonObject()
            .put("provinceCode", "04")
            .put("clusters", 2)
            .put("byStatus", new JsonObject().put("OPERATING", 2))
            .put("averageOccupancy", 41.73);

    @BeforeEach
    void servicesWithCaoBangData() {
        FakeServices.resetAll();
        FakeServices.plans().respond(ProvinceOverviewTest::plansInTwoPages);
        FakeServices.funding().respondJson(FUNDING);
        FakeServices.ocop().respondJson(OCOP);
        FakeServices.cluster().respondJson(CLUSTERS);
    }

    @AfterEach
    void restoreServices() {
        Callers.awaitEveryRouteWorking();
    }

    @Test
    void shouldComposeEveryServicesPartForCaoBangWithTheCallersToken() {
        String token = Tokens.approver("04");

        withToken(token)
                .queryParam("year", 2025)
                .when()
                .get("/api/v1/provinces/04/overview")
                .then()
                .statusCode(200)
                .body("provinceCode", equalTo("04"))
                .body("provinceName", equalTo("Tỉnh Cao Bằng"))
                .body("year", equalTo(2025))
                .body("complete", equalTo(true))
                .body("plans.available", equalTo(true))
                .body("plans.data.total", equalTo(4))
                .body("plans.data.byStatus", equalTo(Map.of("APPROVED", 2, "COMPLETED", 1, "DRAFT", 1)))
                .body("funding.data.bySource[0].budgetVnd", equalTo(13_800_000_000L))
                .body("ocop.data.validCertificatesByStars.3", equalTo(12))
                .body("clusters.data.averageOccupancy", equalTo(41.73f))
                .body("clusters.reason", nullValue());

        for (var service :
                List.of(FakeServices.plans(), FakeServices.funding(), FakeServices.ocop(), FakeServices.cluster())) {
            assertThat(service.lastHeader("Authorization")).as(service.name()).isEqualTo("Bearer " + token);
        }
    }

    @Test
    void shouldMarkTheStoppedServicesPartUnavailableAndStillAnswerTheOthers() {
        FakeServices.ocop().stop();

        withToken(Tokens.viewer("04"))
                .when()
                .get("/api/v1/provinces/04/overview")
                .then()
                .statusCode(200)
                .body("complete", equalTo(false))
                .body("ocop.available", equalTo(false))
                .body("ocop.reason", equalTo("The ocop service cannot be reached"))
                .body("ocop.data", nullValue())
                .body("plans.data.total", equalTo(4))
                .body("funding.available", equalTo(true))
                .body("clusters.available", equalTo(true));
    }

    @Test
    void shouldMarkASlowOrFailingServicesPartUnavailable() {
        FakeServices.cluster().hang();
        FakeServices.funding()
                .respond(request -> request.response()
                        .setStatusCode(500)
                        .putHeader("Content-Type", "application/problem+json")
                        .end("{\"status\":500}"));

        withToken(Tokens.viewer("04"))
                .when()
                .get("/api/v1/provinces/04/overview")
                .then()
                .statusCode(200)
                .body("complete", equalTo(false))
                .body("clusters.reason", equalTo("The cluster service did not answer in time"))
                .body("funding.reason", equalTo("The funding service answered 500"))
                .body("plans.available", equalTo(true))
                .body("ocop.available", equalTo(true));
    }

    @Test
    void shouldHideAnotherProvinceFromAProvincialCaller() {
        withToken(Tokens.approver("04"))
                .when()
                .get("/api/v1/provinces/19/overview")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
        assertThat(FakeServices.funding().takeReceived()).isZero();
    }

    @Test
    void shouldLetTheMinistryAskForAnyProvince() {
        withToken(Tokens.ministry())
                .when()
                .get("/api/v1/provinces/19/overview")
                .then()
                .statusCode(200)
                .body("provinceCode", equalTo("19"))
                .body("year", nullValue())
                .body("plans.available", equalTo(true))
                .body("plans.data.total", equalTo(0));
    }

    @Test
    void shouldRefuseAnUnknownProvinceAndAnImplausibleYear() {
        withToken(Tokens.ministry())
                .when()
                .get("/api/v1/provinces/99/overview")
                .then()
                .statusCode(404);
        withToken(Tokens.ministry())
                .queryParam("year", 1800)
                .when()
                .get("/api/v1/provinces/04/overview")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"));
    }

    private static void plansInTwoPages(HttpServerRequest request) {
        // Answers, not assertions: an assertion thrown here would fail on the event loop, not in the test.
        if (!"500".equals(request.getParam("pageSize"))) {
            request.response().setStatusCode(400).end();
            return;
        }
        boolean first = request.getParam("pageToken") == null;
        JsonObject page = !"04".equals(request.getParam("province"))
                ? new JsonObject().put("items", new JsonArray())
                : first
                        ? new JsonObject()
                                .put("items", statuses("APPROVED", "DRAFT", "APPROVED"))
                                .put("nextPageToken", "page+2")
                        : new JsonObject().put("items", statuses("COMPLETED"));
        request.response().putHeader("Content-Type", "application/json").end(page.encode());
    }

    private static JsonArray statuses(String... statuses) {
        JsonArray items = new JsonArray();
        for (String status : statuses) {
            items.add(new JsonObject().put("status", status).put("provinceCode", "04"));
        }
        return items;
    }
}
