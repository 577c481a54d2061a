package vn.cnnt.ocop;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.cnnt.ocop.Fixtures.AFTER_REFORM;
import static vn.cnnt.ocop.Fixtures.loadCriteriaSet;
import static vn.cnnt.ocop.Fixtures.sheet;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class CriteriaSetTest {

    @Test
    void shouldServeTheSeededSheetsAndClassificationWithoutAToken() {
        given().get("/api/v1/ocop/criteria-sets?category=14&regime=" + AFTER_REFORM)
                .then()
                .statusCode(200)
                .body("items", hasSize(greaterThanOrEqualTo(1)))
                .body("items[0].sheet.parts[0].maxPoints", equalTo(40));
        given().get("/api/v1/ocop/categories")
                .then()
                .statusCode(200)
                .body("items", hasSize(26))
                .body("items.find { it.code == '05' }.leadMinistries", equalTo(List.of("MOIT")));
        given().get("/api/v1/ocop/regimes")
                .then()
                .statusCode(200)
                .body("items", hasSize(3))
                .body("items[0].partMaxima.C", equalTo(40));
    }

    @Test
    void shouldRejectASheetWhosePointsDoNotAddUpToThePartMaxima() {
        Map<String, Object> sheet = Map.of(
                "parts",
                List.of(
                        Fixtures.part(
                                "A",
                                "Phần A",
                                40,
                                List.of(Fixtures.criterion("A1", BigDecimal.ONE, new BigDecimal("39.50"), null))),
                        Fixtures.part(
                                "B",
                                "Phần B",
                                25,
                                List.of(Fixtures.criterion("B1", BigDecimal.ONE, new BigDecimal("25"), null))),
                        Fixtures.part(
                                "C",
                                "Phần C",
                                35,
                                List.of(Fixtures.criterion("C1", BigDecimal.ONE, new BigDecimal("35"), null)))));
        loadCriteriaSet(AFTER_REFORM, sheet)
                .statusCode(422)
                .body("type", equalTo("/problems/sheet-points-mismatch"))
                .body("errors[0].field", equalTo("sheet.parts[0].criteria"));
    }

    @Test
    void shouldRejectThePartMaximaOfAnotherRegime() {
        loadCriteriaSet("QD-1048-2019", sheet(new BigDecimal("50"), false))
                .statusCode(422)
                .body("type", equalTo("/problems/sheet-points-mismatch"));
    }

    @Test
    void shouldLetOnlyAnAdministratorLoadASheet() {
        given().auth()
                .oauth2(Tokens.approver("04"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "categoryCode",
                        "05",
                        "regimeCode",
                        AFTER_REFORM,
                        "name",
                        "x",
                        "sheet",
                        sheet(BigDecimal.TEN, false)))
                .post("/api/v1/ocop/criteria-sets")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldReplaceAnUnusedSheetWithIfMatchButNotAUsedOne() {
        String id = Fixtures.criteriaSet(AFTER_REFORM, new BigDecimal("60"), false);
        Map<String, Object> body = Map.of(
                "categoryCode",
                "05",
                "regimeCode",
                AFTER_REFORM,
                "name",
                "Phiếu sửa",
                "sheet",
                sheet(new BigDecimal("65"), false));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/ocop/criteria-sets/" + id)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .header("If-Match", "\"0\"")
                .put("/api/v1/ocop/criteria-sets/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Phiếu sửa"));
        Fixtures.evaluate(
                        Tokens.officer("04"),
                        Fixtures.evaluation(Fixtures.product("04"), id, "PROVINCIAL", "2025-09-15", false, 1))
                .statusCode(201)
                .body("averageScore", equalTo(65.0f));
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .header("If-Match", "\"1\"")
                .put("/api/v1/ocop/criteria-sets/" + id)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/criteria-set-in-use"));
    }
}
