package vn.cnnt.ocop;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.cnnt.ocop.Fixtures.AFTER_REFORM;
import static vn.cnnt.ocop.Fixtures.BEFORE_REFORM;
import static vn.cnnt.ocop.Fixtures.choice;
import static vn.cnnt.ocop.Fixtures.criteriaSet;
import static vn.cnnt.ocop.Fixtures.evaluate;
import static vn.cnnt.ocop.Fixtures.evaluated;
import static vn.cnnt.ocop.Fixtures.evaluation;
import static vn.cnnt.ocop.Fixtures.product;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class StarGradingTest {

    private static final String AFTER = "2025-09-15";
    private static final String BEFORE = "2024-05-10";

    @ParameterizedTest(name = "{0} points → {1}★ by score, {2}★ recognised")
    @CsvSource({
        "29.99, 1, 1, false",
        "30.00, 2, 2, false",
        "49.99, 2, 2, false",
        "50.00, 3, 3, true",
        "69.99, 3, 3, true",
        "70.00, 4, 4, true",
        "89.99, 4, 4, true",
        "90.00, 5, 4, true",
        "100.00, 5, 4, true"
    })
    void shouldGradeStarsFromTheAverageScoreAtEveryBoundary(
            String score, int scoreStars, int stars, boolean recognised) {
        evaluated("04", product("04"), score, "PROVINCIAL", AFTER)
                .statusCode(201)
                .body("averageScore", equalTo(Float.parseFloat(score)))
                .body("scoreStars", equalTo(scoreStars))
                .body("stars", equalTo(stars))
                .body("recognised", equalTo(recognised))
                .body("proposedForCentral", equalTo(scoreStars == 5));
    }

    @Test
    void shouldTruncateTheCouncilAverageSoRoundingNeverLiftsAStar() {
        String set = criteriaSet(AFTER_REFORM, new BigDecimal("69.99"), false);
        Map<String, Object> request = new HashMap<>(evaluation(product("04"), set, "PROVINCIAL", AFTER, false, 1));
        request.put(
                "sheets",
                List.of(
                        member(choice("A1", "A1.x"), choice("B1", "B1.x"), choice("C1", "C1.x")),
                        member(choice("A1", "A1.x"), choice("B1", "B1.x"), choice("C1", "C1.max")),
                        member(choice("A1", "A1.x"), choice("B1", "B1.0"), choice("C1", "C1.0"))));
        // (69.99 + 100 + 40) / 3 = 69.9966…: kept as 69.99 (3★), never rounded up to 70.00 (4★).
        evaluate(Tokens.officer("04"), request)
                .statusCode(201)
                .body("averageScore", equalTo(69.99f))
                .body("stars", equalTo(3));
    }

    @Test
    void shouldCapStarsWhenAMandatoryCriterionIsMissed() {
        String set = criteriaSet(AFTER_REFORM, new BigDecimal("75.00"), true);
        evaluate(Tokens.officer("04"), evaluation(product("04"), set, "PROVINCIAL", AFTER, true, 2))
                .statusCode(201)
                .body("averageScore", equalTo(75.0f))
                .body("scoreStars", equalTo(4))
                .body("stars", equalTo(2))
                .body("recognised", equalTo(false))
                .body("missedMandatory", hasSize(1))
                .body("missedMandatory[0].criterion", equalTo("C2"))
                .body("missedMandatory[0].forStars", equalTo(3));
    }

    @Test
    void shouldLetOnlyTheCentralCouncilRecogniseFiveStarsAfterTheReform() {
        String productId = product("04");
        String set = criteriaSet(AFTER_REFORM, new BigDecimal("95.00"), false);
        evaluate(Tokens.officer("04"), evaluation(productId, set, "CENTRAL", AFTER, false, 1))
                .statusCode(403)
                .body("type", equalTo("/problems/central-council-only-national"));
        evaluate(Tokens.ministry(), evaluation(productId, set, "CENTRAL", AFTER, false, 1))
                .statusCode(201)
                .body("stars", equalTo(5))
                .body("proposedForCentral", equalTo(false));
        String lower = criteriaSet(AFTER_REFORM, new BigDecimal("85.00"), false);
        evaluate(Tokens.ministry(), evaluation(productId, lower, "CENTRAL", AFTER, false, 1))
                .statusCode(422)
                .body("type", equalTo("/problems/level-cannot-recognise-stars"));
    }

    @Test
    void shouldLetTheDistrictRecogniseThreeStarsBeforeTheReform() {
        String productId = product("04");
        evaluated("04", productId, "60.00", "DISTRICT", BEFORE)
                .statusCode(201)
                .body("stars", equalTo(3))
                .body("regimeCode", equalTo(BEFORE_REFORM));
        evaluated("04", productId, "75.00", "DISTRICT", BEFORE)
                .statusCode(201)
                .body("scoreStars", equalTo(4))
                .body("stars", equalTo(3))
                .body("proposedToLevel", equalTo("PROVINCIAL"));
        evaluated("04", productId, "75.00", "PROVINCIAL", BEFORE)
                .statusCode(201)
                .body("stars", equalTo(4));
        evaluated("04", productId, "60.00", "PROVINCIAL", BEFORE)
                .statusCode(422)
                .body("type", equalTo("/problems/level-cannot-recognise-stars"));
    }

    @Test
    void shouldRefuseTheDistrictCouncilAfterTheReform() {
        evaluated("04", product("04"), "60.00", "DISTRICT", AFTER)
                .statusCode(422)
                .body("type", equalTo("/problems/council-level-not-in-regime"));
    }

    @Test
    void shouldRefuseACriteriaSetOfAnotherRegimeOrCategoryAndWriteNothing() {
        String productId = product("04");
        String old = criteriaSet(BEFORE_REFORM, new BigDecimal("60.00"), false);
        evaluate(Tokens.officer("04"), evaluation(productId, old, "PROVINCIAL", AFTER, false, 1))
                .statusCode(422)
                .body("type", equalTo("/problems/criteria-set-wrong-regime"));
        String spirits = product("04", "14", "Rượu ngô Hà Quảng");
        String fastFood = criteriaSet(AFTER_REFORM, new BigDecimal("60.00"), false);
        evaluate(Tokens.officer("04"), evaluation(spirits, fastFood, "PROVINCIAL", AFTER, false, 1))
                .statusCode(422)
                .body("type", equalTo("/problems/criteria-set-wrong-category"));
        given().auth()
                .oauth2(Tokens.officer("04"))
                .get("/api/v1/ocop/evaluations?productId=" + productId)
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void shouldRefuseAnOptionOutsideTheCriterionAndAMissingCriterion() {
        String productId = product("04");
        String set = criteriaSet(AFTER_REFORM, new BigDecimal("60.00"), false);
        Map<String, Object> request = new HashMap<>(evaluation(productId, set, "PROVINCIAL", AFTER, false, 1));
        request.put("sheets", List.of(member(choice("A1", "A1.x"), choice("B1", "B1.x"), choice("C1", "C1.99"))));
        evaluate(Tokens.officer("04"), request)
                .statusCode(422)
                .body("type", equalTo("/problems/unknown-option"))
                .body("errors[0].field", equalTo("sheets[0].choices[2].option"));
        request.put("sheets", List.of(member(choice("A1", "A1.x"), choice("B1", "B1.x"))));
        evaluate(Tokens.officer("04"), request).statusCode(422).body("type", equalTo("/problems/sheet-mismatch"));
    }

    @SafeVarargs
    private static Map<String, Object> member(Map<String, String>... choices) {
        return Map.of("memberName", "Thành viên", "choices", List.of(choices));
    }

    @Test
    void shouldTreatAnotherProvincesProductAsUnknown() {
        String dongNai = product("75");
        String set = criteriaSet(AFTER_REFORM, new BigDecimal("60.00"), false);
        evaluate(Tokens.officer("04"), evaluation(dongNai, set, "PROVINCIAL", AFTER, false, 1))
                .statusCode(422)
                .body("type", equalTo("/problems/unknown-product"));
    }
}
