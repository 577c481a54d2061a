package vn.cnnt.ocop;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import vn.cnnt.kit.testing.Tokens;

/** Fresh producers, products, criteria sets and evaluations for each test, through the API. */
final class Fixtures {

    static final String AFTER_REFORM = "QD-148-1489-2025";
    static final String BEFORE_REFORM = "QD-148-2023";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {}

    static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    static String producer(String province) {
        return given().auth()
                .oauth2(Tokens.officer(province))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Hợp tác xã " + unique("Miến dong"),
                        "kind",
                        "COOPERATIVE",
                        "provinceCode",
                        province,
                        "registeredOn",
                        "2023-05-10"))
                .post("/api/v1/ocop/producers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String product(String province) {
        return product(province, "05", "Miến dong " + unique("Nguyên Bình"));
    }

    static String product(String province, String category, String name) {
        return given().auth()
                .oauth2(Tokens.officer(province))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        name,
                        "producerId",
                        producer(province),
                        "categoryCode",
                        category,
                        "provinceCode",
                        province,
                        "registeredOn",
                        "2023-06-01"))
                .post("/api/v1/ocop/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /**
     * A sheet of one criterion per part whose middle options add up to {@code score}; with {@code mandatory} a second
     * part C criterion C2 (5 points) is required for 3★ and not chosen ("C2.0").
     */
    static Map<String, Object> sheet(BigDecimal score, boolean mandatory) {
        BigDecimal cMax = BigDecimal.valueOf(mandatory ? 30 : 35);
        BigDecimal a = score.min(BigDecimal.valueOf(40));
        BigDecimal b = score.subtract(a).min(BigDecimal.valueOf(25));
        BigDecimal c = score.subtract(a).subtract(b);
        List<Map<String, Object>> partC = new ArrayList<>(List.of(criterion("C1", c, cMax, null)));
        if (mandatory) {
            partC.add(Map.of(
                    "code",
                    "C2",
                    "name",
                    "Công bố chất lượng",
                    "options",
                    List.of(option("C2.0", BigDecimal.ZERO, null), option("C2.5", BigDecimal.valueOf(5), 3))));
        }
        return Map.of(
                "parts",
                List.of(
                        part(
                                "A",
                                "Sản phẩm và sức mạnh cộng đồng",
                                40,
                                List.of(criterion("A1", a, BigDecimal.valueOf(40), null))),
                        part("B", "Khả năng tiếp thị", 25, List.of(criterion("B1", b, BigDecimal.valueOf(25), null))),
                        part("C", "Chất lượng sản phẩm", 35, partC)));
    }

    static Map<String, Object> part(String code, String name, int max, List<Map<String, Object>> criteria) {
        return Map.of("code", code, "name", name, "maxPoints", max, "criteria", criteria);
    }

    static Map<String, Object> criterion(String code, BigDecimal chosen, BigDecimal max, Integer mandatoryFor) {
        return Map.of(
                "code",
                code,
                "name",
                "Tiêu chí " + code,
                "options",
                List.of(
                        option(code + ".0", BigDecimal.ZERO, null),
                        option(code + ".x", chosen, mandatoryFor),
                        option(code + ".max", max, null)));
    }

    static Map<String, Object> option(String code, BigDecimal points, Integer minimumForStars) {
        Map<String, Object> option = new HashMap<>(Map.of("code", code, "text", "Mức " + code, "points", points));
        option.put("minimumForStars", minimumForStars);
        return option;
    }

    static ValidatableResponse loadCriteriaSet(String regime, Map<String, Object> sheet) {
        return given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("categoryCode", "05", "regimeCode", regime, "name", unique("Phiếu thử"), "sheet", sheet))
                .post("/api/v1/ocop/criteria-sets")
                .then();
    }

    static String criteriaSet(String regime, BigDecimal score, boolean mandatory) {
        return loadCriteriaSet(regime, sheet(score, mandatory))
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** An evaluation request where every member chooses the middle options (the target score). */
    static Map<String, Object> evaluation(
            String productId, String criteriaSetId, String level, String decisionDate, boolean mandatory, int members) {
        List<Map<String, String>> choices =
                new ArrayList<>(List.of(choice("A1", "A1.x"), choice("B1", "B1.x"), choice("C1", "C1.x")));
        if (mandatory) {
            choices.add(choice("C2", "C2.0"));
        }
        List<Map<String, Object>> sheets = new ArrayList<>();
        for (int i = 1; i <= members; i++) {
            sheets.add(Map.of("memberName", "Thành viên " + i, "choices", choices));
        }
        Map<String, Object> request = new HashMap<>(Map.of(
                "productId",
                productId,
                "criteriaSetId",
                criteriaSetId,
                "councilLevel",
                level,
                "round",
                "Đợt 1",
                "decisionNumber",
                unique("QĐ") + "/QĐ-UBND",
                "decisionDate",
                decisionDate,
                "sheets",
                sheets));
        // Since 06/07/2025 (1489/QĐ-TTg) the commune pre-screens before the provincial council.
        if (level.equals("PROVINCIAL") && decisionDate.compareTo("2025-07-06") >= 0) {
            request.put("communePreScreening", preScreening("2025-07-06"));
        }
        return request;
    }

    /** The commune's pre-screening decided on {@code decisionDate}. */
    static Map<String, Object> preScreening(String decisionDate) {
        return Map.of(
                "communeCode", "01234", "decisionNumber", unique("UBND") + "/UBND-KT", "decisionDate", decisionDate);
    }

    static Map<String, String> choice(String criterion, String option) {
        return Map.of("criterion", criterion, "option", option);
    }

    static ValidatableResponse evaluate(String token, Map<String, Object> request) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(request)
                .post("/api/v1/ocop/evaluations")
                .then();
    }

    /** A recognised evaluation of a fresh criteria set scoring {@code score}, decided on {@code decisionDate}. */
    static ValidatableResponse evaluated(
            String province, String productId, String score, String level, String decisionDate) {
        String regime = decisionDate.compareTo("2025-07-06") >= 0 ? AFTER_REFORM : BEFORE_REFORM;
        String set = criteriaSet(regime, new BigDecimal(score), false);
        return evaluate(Tokens.officer(province), evaluation(productId, set, level, decisionDate, false, 1));
    }

    static ValidatableResponse issue(String province, String evaluationId, String certificateNumber) {
        String etag = given().auth()
                .oauth2(Tokens.approver(province))
                .get("/api/v1/ocop/evaluations/" + evaluationId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        return given().auth()
                .oauth2(Tokens.approver(province))
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("certificateNumber", certificateNumber))
                .post("/api/v1/ocop/evaluations/" + evaluationId + "/certificate")
                .then();
    }

    /** Revokes a certificate of {@code province} whose current ETag is {@code etag}. */
    static ValidatableResponse revoke(String province, String certificateId, String etag) {
        return given().auth()
                .oauth2(Tokens.approver(province))
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("reason", "Không duy trì chất lượng", "decisionNumber", unique("QĐ") + "/QĐ-UBND"))
                .post("/api/v1/ocop/certificates/" + certificateId + "/revocation")
                .then();
    }

    /** A product of {@code province} certified with the stars of {@code score} by a provincial decision on {@code date}. */
    static Map<String, String> certified(String province, String score, String decisionDate) {
        String productId = product(province);
        String evaluationId = evaluated(province, productId, score, "PROVINCIAL", decisionDate)
                .statusCode(201)
                .extract()
                .path("id");
        String number = unique("OCOP-" + province);
        String certificateId =
                issue(province, evaluationId, number).statusCode(201).extract().path("id");
        return Map.of(
                "productId", productId, "evaluationId", evaluationId, "certificateId", certificateId, "number", number);
    }
}
