package vn.cnnt.ocop;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static vn.cnnt.ocop.Fixtures.evaluate;
import static vn.cnnt.ocop.Fixtures.evaluation;
import static vn.cnnt.ocop.Fixtures.issue;
import static vn.cnnt.ocop.Fixtures.product;
import static vn.cnnt.ocop.Fixtures.sheet;
import static vn.cnnt.ocop.Fixtures.unique;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/** The commune's pre-screening since 1489/QĐ-TTg, and illustrative scoring sheets that never pass as official. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class OcopRulesTest {

    /** The sheets seeded by V3: illustrative, not the official Annex III sheets. */
    private static final List<String> SEEDED = List.of(
            "9132e659-7919-5265-9000-743e95ad2897",
            "d60d565b-fe45-5a5f-8d9b-53d34d06c60d",
            "495a1108-5783-53eb-be5f-a90c5b910e60",
            "47a3eeef-53aa-5c09-89ed-7065f89b52e2",
            "a651b870-f9cf-5438-a02e-edf86dbd2934",
            "ea530692-6273-5dea-b28d-608e7f67f657",
            "b6c41898-159c-5254-be72-d9ccf65500d9",
            "0e8e2fa5-f47c-5cd2-8246-217e3e33f5ba",
            "82dc8d08-d175-530b-8632-fa3775be36ee",
            "b9814e54-6c1e-5860-815f-33e1400c895b",
            "42b50b4a-a5ef-5471-b94e-57a803377041");

    @Test
    void shouldRequireTheCommunesPreScreeningForAProvincialEvaluationFrom6July2025() {
        String set = Fixtures.criteriaSet(Fixtures.AFTER_REFORM, new BigDecimal("75.00"), false);
        Map<String, Object> without =
                new HashMap<>(evaluation(product("04"), set, "PROVINCIAL", "2025-09-15", false, 1));
        without.remove("communePreScreening");
        evaluate(Tokens.officer("04"), without)
                .statusCode(422)
                .body("type", equalTo("/problems/commune-pre-screening-required"))
                .body("errors[0].field", equalTo("communePreScreening"));

        Map<String, Object> late = new HashMap<>(without);
        late.put("communePreScreening", Fixtures.preScreening("2025-09-16"));
        evaluate(Tokens.officer("04"), late).statusCode(422).body("type", equalTo("/problems/validation-failed"));

        Map<String, Object> with = new HashMap<>(without);
        with.put(
                "communePreScreening",
                Map.of("communeCode", "01234", "decisionNumber", "85/UBND-KT", "decisionDate", "2025-08-20"));
        evaluate(Tokens.officer("04"), with)
                .statusCode(201)
                .body("communePreScreening.decisionNumber", equalTo("85/UBND-KT"))
                .body("communePreScreening.decisionDate", equalTo("2025-08-20"));
    }

    @Test
    void shouldNotRequireThePreScreeningBefore6July2025() {
        String set = Fixtures.criteriaSet(Fixtures.BEFORE_REFORM, new BigDecimal("75.00"), false);
        evaluate(Tokens.officer("04"), evaluation(product("04"), set, "PROVINCIAL", "2025-07-05", false, 1))
                .statusCode(201)
                .body("communePreScreening", equalTo(null));
        given().get("/api/v1/ocop/regimes")
                .then()
                .statusCode(200)
                .body("items.find { it.code == 'QD-148-1489-2025' }.communePreScreeningRequired", equalTo(true))
                .body("items.find { it.code == 'QD-148-2023' }.communePreScreeningRequired", equalTo(false));
    }

    @Test
    void shouldMarkTheSeededSheetsIllustrative() {
        for (String id : SEEDED) {
            given().get("/api/v1/ocop/criteria-sets/" + id)
                    .then()
                    .statusCode(200)
                    .body("illustrative", equalTo(true))
                    .body("name", startsWith("Phiếu minh họa"));
        }
    }

    @Test
    void shouldShowAnIllustrativeSheetOnTheEvaluationAndTheCertificate() {
        String set = load(true);
        String evaluationId = evaluate(
                        Tokens.officer("04"), evaluation(product("04"), set, "PROVINCIAL", "2025-09-15", false, 1))
                .statusCode(201)
                .body("illustrativeScoringSheet", equalTo(true))
                .extract()
                .path("id");
        String number = unique("OCOP-04");
        issue("04", evaluationId, number).statusCode(201).body("illustrativeScoringSheet", equalTo(true));
        given().get("/api/v1/ocop/certificates/" + number + "/verification")
                .then()
                .statusCode(200)
                .body("illustrativeScoringSheet", equalTo(true));

        String official = load(null);
        evaluate(Tokens.officer("04"), evaluation(product("04"), official, "PROVINCIAL", "2025-09-15", false, 1))
                .statusCode(201)
                .body("illustrativeScoringSheet", equalTo(false));
    }

    @Test
    void shouldLetAnAdministratorRetireAnIllustrativeSheet() {
        String set = load(true);
        String etag = given().get("/api/v1/ocop/criteria-sets/" + set)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Tokens.officer("04"))
                .header("If-Match", etag)
                .post("/api/v1/ocop/criteria-sets/" + set + "/retirement")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.admin())
                .header("If-Match", etag)
                .post("/api/v1/ocop/criteria-sets/" + set + "/retirement")
                .then()
                .statusCode(200)
                .body("retiredOn", equalTo(vn.cnnt.kit.time.VietnamTime.today().toString()));
        evaluate(
                        Tokens.officer("04"),
                        evaluation(
                                product("04"),
                                set,
                                "PROVINCIAL",
                                vn.cnnt.kit.time.VietnamTime.today().toString(),
                                false,
                                1))
                .statusCode(422)
                .body("type", equalTo("/problems/criteria-set-retired"));
        // Decided before the retirement: the council scored with the sheet then.
        evaluate(Tokens.officer("04"), evaluation(product("04"), set, "PROVINCIAL", "2025-09-15", false, 1))
                .statusCode(201);
        String again = given().get("/api/v1/ocop/criteria-sets/" + set)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Tokens.admin())
                .header("If-Match", again)
                .post("/api/v1/ocop/criteria-sets/" + set + "/retirement")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/invalid-transition"));
        given().get("/api/v1/ocop/criteria-sets/" + set).then().body("illustrative", equalTo(true));
        given().queryParam("pageSize", 500)
                .get("/api/v1/ocop/criteria-sets")
                .then()
                .body("items.findAll { it.retiredOn != null }.illustrative", everyItem(equalTo(true)));
    }

    /** Loads a fresh 75-point fast-food sheet under the post-reform regime; illustrative when asked. */
    private static String load(Boolean illustrative) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "categoryCode",
                "05",
                "regimeCode",
                Fixtures.AFTER_REFORM,
                "name",
                unique("Phiếu thử"),
                "sheet",
                sheet(new BigDecimal("75.00"), false)));
        if (illustrative != null) {
            body.put("illustrative", illustrative);
        }
        return given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/ocop/criteria-sets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
