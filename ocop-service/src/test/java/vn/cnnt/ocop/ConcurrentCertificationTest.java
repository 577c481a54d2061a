package vn.cnnt.ocop;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.cnnt.ocop.Fixtures.AFTER_REFORM;
import static vn.cnnt.ocop.Fixtures.evaluated;
import static vn.cnnt.ocop.Fixtures.product;
import static vn.cnnt.ocop.Fixtures.revoke;
import static vn.cnnt.ocop.Fixtures.unique;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.Concurrently;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;
import vn.cnnt.kit.time.VietnamTime;
import vn.cnnt.ocop.certificate.service.CertificateExpiry;

/** Races on certificates and criteria sets end in one clear problem or a correct serialisation: never a 500, never two VALID. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ConcurrentCertificationTest {

    private static final String APPROVER = Tokens.approver("04");

    @Inject
    EntityManager em;

    @Inject
    CertificateExpiry expiry;

    @Test
    void shouldIssueOneCertificateWhenTheSameEvaluationIsCertifiedConcurrently() throws Exception {
        String productId = product("04");
        String evaluationId = evaluated("04", productId, "75.00", "PROVINCIAL", "2025-09-15")
                .statusCode(201)
                .extract()
                .path("id");
        String etag = given().auth()
                .oauth2(APPROVER)
                .get("/api/v1/ocop/evaluations/" + evaluationId)
                .then()
                .extract()
                .header("ETag");
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> issue(evaluationId, etag, unique("OCOP")));
        }

        List<Response> responses = Concurrently.run(calls);

        assertThat(responses.stream().filter(r -> r.statusCode() == 201).count())
                .isEqualTo(1);
        responses.stream().filter(r -> r.statusCode() != 201).forEach(r -> {
            assertThat(r.statusCode()).isIn(409, 412);
            assertThat(r.contentType()).startsWith("application/problem+json");
        });
        assertThat(validCertificates(productId)).isEqualTo(1);
    }

    @Test
    void shouldSerialiseConcurrentCertificatesOfOneProductFromDifferentEvaluations() throws Exception {
        String productId = product("04");
        List<String> evaluations = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            evaluations.add(evaluated(
                            "04",
                            productId,
                            "75.00",
                            "PROVINCIAL",
                            LocalDate.of(2025, 9, 1).plusDays(i).toString())
                    .statusCode(201)
                    .extract()
                    .path("id"));
        }
        List<String> etags = evaluations.stream()
                .map(id -> given().auth()
                        .oauth2(APPROVER)
                        .get("/api/v1/ocop/evaluations/" + id)
                        .then()
                        .extract()
                        .header("ETag"))
                .toList();
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < evaluations.size(); i++) {
            int n = i;
            calls.add(() -> issue(evaluations.get(n), etags.get(n), unique("OCOP")));
        }

        List<Response> responses = Concurrently.run(calls);

        responses.forEach(r -> assertThat(r.statusCode()).as(r.asString()).isIn(201, 409));
        responses.stream()
                .filter(r -> r.statusCode() == 409)
                .forEach(r ->
                        assertThat(r.jsonPath().getString("type")).isEqualTo("/problems/newer-certificate-exists"));
        assertThat(validCertificates(productId)).isEqualTo(1);
        // The latest decision always wins: it is issued whatever the order, and replaces any earlier one.
        assertThat(responses.getLast().statusCode()).isEqualTo(201);
        given().auth()
                .oauth2(APPROVER)
                .get("/api/v1/ocop/products/" + productId)
                .then()
                .statusCode(200)
                .body("certificateStatus", org.hamcrest.Matchers.equalTo("VALID"))
                .body("certificateValidUntil", org.hamcrest.Matchers.equalTo("2028-09-06"));
    }

    @Test
    void shouldEndARevocationRacingTheExpiryJobInAProblemOrARevocation() throws Exception {
        LocalDate decided = VietnamTime.today().minusMonths(36).plusDays(3);
        List<Map<String, String>> certificates = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            certificates.add(Fixtures.certified("04", "75.00", decided.toString()));
        }
        List<Callable<Integer>> calls = new ArrayList<>();
        calls.add(() -> {
            expiry.expireDue(decided.plusMonths(36).plusDays(1));
            return 0;
        });
        for (Map<String, String> c : certificates) {
            String etag = given().auth()
                    .oauth2(APPROVER)
                    .get("/api/v1/ocop/certificates/" + c.get("certificateId"))
                    .then()
                    .extract()
                    .header("ETag");
            calls.add(() -> revoke("04", c.get("certificateId"), etag).extract().statusCode());
        }

        List<Integer> statuses = Concurrently.run(calls);

        assertThat(statuses.subList(1, statuses.size())).allMatch(s -> s == 200 || s == 409 || s == 412);
        for (Map<String, String> c : certificates) {
            String status = given().auth()
                    .oauth2(APPROVER)
                    .get("/api/v1/ocop/certificates/" + c.get("certificateId"))
                    .then()
                    .extract()
                    .path("status");
            assertThat(status).isIn("EXPIRED", "REVOKED");
            given().auth()
                    .oauth2(APPROVER)
                    .get("/api/v1/ocop/products/" + c.get("productId"))
                    .then()
                    .body("certificateStatus", org.hamcrest.Matchers.equalTo(status));
        }
    }

    @Test
    void shouldEndARevocationRacingTheReplacementOfTheSameCertificateInAProblem() throws Exception {
        for (int round = 0; round < 4; round++) {
            Map<String, String> first = Fixtures.certified("04", "75.00", "2025-09-15");
            String reEvaluation = evaluated("04", first.get("productId"), "55.00", "PROVINCIAL", "2026-03-01")
                    .statusCode(201)
                    .extract()
                    .path("id");
            String evaluationTag = given().auth()
                    .oauth2(APPROVER)
                    .get("/api/v1/ocop/evaluations/" + reEvaluation)
                    .then()
                    .extract()
                    .header("ETag");
            String certificateTag = given().auth()
                    .oauth2(APPROVER)
                    .get("/api/v1/ocop/certificates/" + first.get("certificateId"))
                    .then()
                    .extract()
                    .header("ETag");

            List<Response> responses = Concurrently.run(List.<Callable<Response>>of(
                    () -> issue(reEvaluation, evaluationTag, unique("OCOP")),
                    () -> revoke("04", first.get("certificateId"), certificateTag)
                            .extract()
                            .response()));

            assertThat(responses.get(0).statusCode())
                    .as(responses.get(0).asString())
                    .isEqualTo(201);
            assertThat(responses.get(1).statusCode())
                    .as(responses.get(1).asString())
                    .isIn(200, 409, 412);
            assertThat(validCertificates(first.get("productId"))).isEqualTo(1);
            given().auth()
                    .oauth2(APPROVER)
                    .get("/api/v1/ocop/products/" + first.get("productId"))
                    .then()
                    .body("stars", org.hamcrest.Matchers.equalTo(3))
                    .body("certificateStatus", org.hamcrest.Matchers.equalTo("VALID"));
        }
    }

    @Test
    void shouldNeverScoreAnEvaluationAgainstASheetThatIsReplacedUnderIt() throws Exception {
        for (int round = 0; round < 6; round++) {
            String setId = Fixtures.criteriaSet(AFTER_REFORM, new BigDecimal("75"), false);
            String productId = product("04");
            Map<String, Object> body = Map.of(
                    "categoryCode",
                    "05",
                    "regimeCode",
                    AFTER_REFORM,
                    "name",
                    "Phiếu sửa",
                    "sheet",
                    Fixtures.sheet(new BigDecimal("60"), false));
            List<Callable<Response>> calls = new ArrayList<>();
            calls.add(() -> given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(body)
                    .header("If-Match", "\"0\"")
                    .put("/api/v1/ocop/criteria-sets/" + setId));
            for (int i = 0; i < 6; i++) {
                calls.add(() -> given().auth()
                        .oauth2(Tokens.officer("04"))
                        .contentType(ContentType.JSON)
                        .body(Fixtures.evaluation(productId, setId, "PROVINCIAL", "2025-09-15", false, 1))
                        .post("/api/v1/ocop/evaluations"));
            }

            List<Response> responses = Concurrently.run(calls);

            Response replace = responses.getFirst();
            assertThat(replace.statusCode()).as(replace.asString()).isIn(200, 409);
            for (Response evaluation : responses.subList(1, responses.size())) {
                assertThat(evaluation.statusCode()).as(evaluation.asString()).isEqualTo(201);
                if (replace.statusCode() == 200) {
                    // The set was replaced, so no evaluation may have been scored against its former content.
                    assertThat(evaluation.jsonPath().getFloat("averageScore")).isEqualTo(60.0f);
                }
            }
        }
    }

    @Test
    void shouldNumberConcurrentlyLoadedSheetsOfOneCategoryWithoutAConflict() throws Exception {
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> given().auth()
                    .oauth2(Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "categoryCode",
                            "05",
                            "regimeCode",
                            AFTER_REFORM,
                            "name",
                            unique("Phiếu"),
                            "sheet",
                            Fixtures.sheet(new BigDecimal("60"), false)))
                    .post("/api/v1/ocop/criteria-sets")
                    .statusCode());
        }
        assertThat(Concurrently.run(calls)).containsOnly(201);
    }

    private static Response issue(String evaluationId, String etag, String number) {
        return given().auth()
                .oauth2(APPROVER)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("certificateNumber", number))
                .post("/api/v1/ocop/evaluations/" + evaluationId + "/certificate");
    }

    private long validCertificates(String productId) {
        return ((Number) em.createNativeQuery(
                                "SELECT count(*) FROM ocop_certificate WHERE product_id = :p AND status = 'VALID'")
                        .setParameter("p", UUID.fromString(productId))
                        .getSingleResult())
                .longValue();
    }
}
