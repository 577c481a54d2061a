package vn.cnnt.ocop;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.cnnt.ocop.Fixtures.certified;
import static vn.cnnt.ocop.Fixtures.evaluated;
import static vn.cnnt.ocop.Fixtures.issue;
import static vn.cnnt.ocop.Fixtures.product;
import static vn.cnnt.ocop.Fixtures.revoke;
import static vn.cnnt.ocop.Fixtures.unique;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;
import vn.cnnt.kit.time.VietnamTime;
import vn.cnnt.ocop.certificate.service.CertificateExpiry;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class CertificateTest {

    @Inject
    CertificateExpiry expiry;

    @Inject
    EntityManager em;

    @Inject
    ValidatorFactory validation;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldIssueACertificateValidFor36MonthsAndRecordTheEvent() throws Exception {
        Map<String, String> c = certified("04", "75.00", "2025-09-15");
        given().auth()
                .oauth2(Tokens.viewer("04"))
                .get("/api/v1/ocop/certificates/" + c.get("certificateId"))
                .then()
                .statusCode(200)
                .body("stars", equalTo(4))
                .body("status", equalTo("VALID"))
                .body("validUntil", equalTo("2028-09-15"))
                .body("issuingLevel", equalTo("PROVINCIAL"));
        given().auth()
                .oauth2(Tokens.viewer("04"))
                .get("/api/v1/ocop/products/" + c.get("productId"))
                .then()
                .statusCode(200)
                .body("stars", equalTo(4))
                .body("certificateStatus", equalTo("VALID"));
        JsonNode event = lastEvent(c.get("productId"), "vn.cnnt.ocop.certificate.issued.v1");
        assertThat(event.get("certificateNumber").asText()).isEqualTo(c.get("number"));
        assertThat(event.get("stars").asInt()).isEqualTo(4);
        assertThat(event.get("validUntil").asText()).isEqualTo("2028-09-15");
        assertThat(event.get("currentProvinceCode").asText()).isEqualTo("04");
        assertThat(event.get("version").asLong()).isPositive();
    }

    @Test
    void shouldJudgeFutureDatesByTheCalendarInVietnamNotTheServersZone() {
        assertThat(validation.getClockProvider().getClock().getZone()).isEqualTo(VietnamTime.ZONE);
        evaluated(
                        "04",
                        product("04"),
                        "75.00",
                        "PROVINCIAL",
                        VietnamTime.today().toString())
                .statusCode(201);
        evaluated(
                        "04",
                        product("04"),
                        "75.00",
                        "PROVINCIAL",
                        VietnamTime.today().plusDays(1).toString())
                .statusCode(422)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors[0].field", equalTo("decisionDate"));
    }

    @Test
    void shouldRefuseACertificateBelowThreeStars() {
        String evaluationId = evaluated("04", product("04"), "45.00", "PROVINCIAL", "2025-09-15")
                .statusCode(201)
                .extract()
                .path("id");
        issue("04", evaluationId, unique("OCOP"))
                .statusCode(422)
                .body("type", equalTo("/problems/stars-below-certification"));
    }

    @Test
    void shouldRequireIfMatchAndRefuseASecondCertificateForTheSameEvaluation() {
        Map<String, String> c = certified("04", "60.00", "2025-09-15");
        given().auth()
                .oauth2(Tokens.approver("04"))
                .contentType(ContentType.JSON)
                .body(Map.of("certificateNumber", unique("OCOP")))
                .post("/api/v1/ocop/evaluations/" + c.get("evaluationId") + "/certificate")
                .then()
                .statusCode(428)
                .body("type", equalTo("/problems/precondition-required"));
        issue("04", c.get("evaluationId"), unique("OCOP"))
                .statusCode(409)
                .body("type", equalTo("/problems/already-certified"));
    }

    @Test
    void shouldReplaceTheCertificateWhenAReEvaluationLowersTheStars() throws Exception {
        long revokedBefore = statistic("04", "revoked");
        long replacedBefore = statistic("04", "replaced");
        Map<String, String> first = certified("04", "75.00", "2025-09-15");
        String evaluationId = evaluated("04", first.get("productId"), "55.00", "PROVINCIAL", "2026-03-01")
                .statusCode(201)
                .extract()
                .path("id");
        String number = unique("OCOP");
        String second = issue("04", evaluationId, number)
                .statusCode(201)
                .body("stars", equalTo(3))
                .body("lastValidDay", equalTo("2029-03-01"))
                .extract()
                .path("id");
        // Superseded, not revoked: revocation (thu hồi) is a sanction that provinces count and publish.
        given().auth()
                .oauth2(Tokens.viewer("04"))
                .get("/api/v1/ocop/certificates/" + first.get("certificateId"))
                .then()
                .body("status", equalTo("REPLACED"))
                .body("replacedByCertificateId", equalTo(second))
                .body("revocationDecisionNumber", equalTo(null))
                .body("statusReason", equalTo("Replaced by certificate " + number + " after re-evaluation"));
        JsonNode issued = lastEvent(first.get("productId"), "vn.cnnt.ocop.certificate.issued.v1");
        assertThat(issued.get("status").asText()).isEqualTo("VALID");
        assertThat(issued.get("replaced").get("certificateId").asText()).isEqualTo(first.get("certificateId"));
        assertThat(issued.get("replaced").get("status").asText()).isEqualTo("REPLACED");
        assertThat(issued.get("replaced").get("stars").asInt()).isEqualTo(4);
        assertThat(countEvents(first.get("productId"), "vn.cnnt.ocop.certificate.revoked.v1"))
                .isZero();
        assertThat(statistic("04", "replaced")).isEqualTo(replacedBefore + 1);
        assertThat(statistic("04", "revoked")).isEqualTo(revokedBefore);
        given().auth()
                .oauth2(Tokens.viewer("04"))
                .get("/api/v1/ocop/products/" + first.get("productId"))
                .then()
                .body("stars", equalTo(3))
                .body("certificateStatus", equalTo("VALID"));
    }

    @Test
    void shouldListCertificatesExpiringWithin30DaysAndExpireThemAfter36Months() throws Exception {
        // Decided so that it is valid today and ends within the 30-day notice period, whatever today is.
        LocalDate today = VietnamTime.today();
        LocalDate decided = today.minusMonths(36).plusDays(17);
        LocalDate lastValidDay = decided.plusMonths(36);
        Map<String, String> c = certified("04", "75.00", decided.toString());
        given().auth()
                .oauth2(Tokens.viewer("04"))
                .get("/api/v1/ocop/certificates/" + c.get("certificateId"))
                .then()
                .body("validUntil", equalTo(lastValidDay.toString()))
                .body("status", equalTo("VALID"));
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(today, lastValidDay);
        given().auth()
                .oauth2(Tokens.viewer("04"))
                .queryParam("expiringWithinDays", days)
                .queryParam("pageSize", 500)
                .get("/api/v1/ocop/certificates")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(c.get("certificateId")));
        expiry.expireDue(lastValidDay);
        given().auth()
                .oauth2(Tokens.viewer("04"))
                .get("/api/v1/ocop/certificates/" + c.get("certificateId"))
                .then()
                .body("status", equalTo("VALID"));
        expiry.expireDue(lastValidDay.plusDays(1));
        given().auth()
                .oauth2(Tokens.viewer("04"))
                .get("/api/v1/ocop/certificates/" + c.get("certificateId"))
                .then()
                .body("status", equalTo("EXPIRED"))
                .body("statusChangedOn", equalTo(lastValidDay.plusDays(1).toString()));
        given().auth()
                .oauth2(Tokens.viewer("04"))
                .get("/api/v1/ocop/products/" + c.get("productId"))
                .then()
                .body("certificateStatus", equalTo("EXPIRED"));
        assertThat(lastEvent(c.get("productId"), "vn.cnnt.ocop.certificate.expired.v1")
                        .get("status")
                        .asText())
                .isEqualTo("EXPIRED");
    }

    @Test
    void shouldNotLetAnOlderEvaluationOverwriteALaterDecisionEvenOnceRevoked() {
        Map<String, String> later = certified("04", "75.00", "2025-09-15");
        String older = evaluated("04", later.get("productId"), "82.00", "PROVINCIAL", "2025-03-01")
                .statusCode(201)
                .extract()
                .path("id");
        String etag = given().auth()
                .oauth2(Tokens.approver("04"))
                .get("/api/v1/ocop/certificates/" + later.get("certificateId"))
                .then()
                .extract()
                .header("ETag");
        revoke("04", later.get("certificateId"), etag).statusCode(200);

        issue("04", older, unique("OCOP-04"))
                .statusCode(409)
                .body("type", equalTo("/problems/newer-certificate-exists"));
        given().auth()
                .oauth2(Tokens.viewer("04"))
                .get("/api/v1/ocop/products/" + later.get("productId"))
                .then()
                .body("certificateStatus", equalTo("REVOKED"))
                .body("stars", equalTo(4));
    }

    @Test
    void shouldVerifyValidRevokedExpiredAndUnknownNumbersWithoutAToken() {
        Map<String, String> valid = certified("04", "75.00", "2025-09-15");
        given().get("/api/v1/ocop/certificates/" + valid.get("number") + "/verification")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("stars", equalTo(4))
                .body("validUntil", equalTo("2028-09-15"))
                .body("$", not(org.hamcrest.Matchers.hasKey("productId")));

        Map<String, String> revoked = certified("04", "75.00", "2025-09-15");
        String etag = given().auth()
                .oauth2(Tokens.approver("04"))
                .get("/api/v1/ocop/certificates/" + revoked.get("certificateId"))
                .then()
                .extract()
                .header("ETag");
        revoke("04", revoked.get("certificateId"), etag).statusCode(200).body("status", equalTo("REVOKED"));
        given().get("/api/v1/ocop/certificates/" + revoked.get("number") + "/verification")
                .then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("status", equalTo("REVOKED"));

        Map<String, String> old = certified("04", "75.00", "2023-03-01");
        given().get("/api/v1/ocop/certificates/" + old.get("number") + "/verification")
                .then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("status", equalTo("EXPIRED"));

        given().get("/api/v1/ocop/certificates/NO-SUCH-NUMBER/verification")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-certificate-number"));
    }

    @Test
    void shouldRefuseToRevokeTwice() {
        Map<String, String> c = certified("04", "75.00", "2025-09-15");
        for (int status : List.of(200, 409)) {
            String etag = given().auth()
                    .oauth2(Tokens.approver("04"))
                    .get("/api/v1/ocop/certificates/" + c.get("certificateId"))
                    .then()
                    .extract()
                    .header("ETag");
            revoke("04", c.get("certificateId"), etag).statusCode(status);
        }
    }

    @Test
    void shouldCountValidCertificatesByStarsPerProvince() {
        int before = given().auth()
                .oauth2(Tokens.viewer("14"))
                .get("/api/v1/ocop/statistics")
                .then()
                .statusCode(200)
                .extract()
                .path("fourStars");
        certified("14", "75.00", "2025-09-15");
        given().auth()
                .oauth2(Tokens.ministry())
                .get("/api/v1/ocop/statistics?province=14")
                .then()
                .statusCode(200)
                .body("province", equalTo("14"))
                .body("fourStars", equalTo(before + 1));
    }

    @Test
    void shouldCountARevocationAsRevokedWithItsDecisionInTheCertificateAndTheEvent() throws Exception {
        long revokedBefore = statistic("04", "revoked");
        long replacedBefore = statistic("04", "replaced");
        Map<String, String> c = certified("04", "75.00", "2025-09-15");
        String etag = given().auth()
                .oauth2(Tokens.approver("04"))
                .get("/api/v1/ocop/certificates/" + c.get("certificateId"))
                .then()
                .extract()
                .header("ETag");
        String decision = given().auth()
                .oauth2(Tokens.approver("04"))
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("reason", "Không duy trì chất lượng", "decisionNumber", "2210/QĐ-UBND"))
                .post("/api/v1/ocop/certificates/" + c.get("certificateId") + "/revocation")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revocationDecisionNumber", equalTo("2210/QĐ-UBND"))
                .body("replacedByCertificateId", equalTo(null))
                .extract()
                .path("revocationDecisionNumber");
        JsonNode revoked = lastEvent(c.get("productId"), "vn.cnnt.ocop.certificate.revoked.v1");
        assertThat(revoked.get("status").asText()).isEqualTo("REVOKED");
        assertThat(revoked.get("revocationDecisionNumber").asText()).isEqualTo(decision);
        assertThat(revoked.get("statusReason").asText()).contains("Không duy trì chất lượng");
        assertThat(statistic("04", "revoked")).isEqualTo(revokedBefore + 1);
        assertThat(statistic("04", "replaced")).isEqualTo(replacedBefore);
    }

    @Test
    void shouldNameTheLastValidDayAndKeepTheCertificateValidThroughIt() throws Exception {
        // Decided 36 months ago to the day: today (Vietnam's calendar) is its last valid day, inclusive.
        LocalDate today = VietnamTime.today();
        LocalDate decided = today.minusMonths(36);
        LocalDate lastValidDay = decided.plusMonths(36);
        Map<String, String> c = certified("04", "75.00", decided.toString());
        given().auth()
                .oauth2(Tokens.viewer("04"))
                .get("/api/v1/ocop/certificates/" + c.get("certificateId"))
                .then()
                .statusCode(200)
                .body("lastValidDay", equalTo(lastValidDay.toString()))
                .body("validUntil", equalTo(lastValidDay.toString()))
                .body("status", equalTo("VALID"));
        given().get("/api/v1/ocop/certificates/" + c.get("number") + "/verification")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("status", equalTo("VALID"))
                .body("lastValidDay", equalTo(lastValidDay.toString()));
        assertThat(lastEvent(c.get("productId"), "vn.cnnt.ocop.certificate.issued.v1")
                        .get("lastValidDay")
                        .asText())
                .isEqualTo(lastValidDay.toString());
        expiry.expireDue(lastValidDay);
        given().auth()
                .oauth2(Tokens.viewer("04"))
                .get("/api/v1/ocop/certificates/" + c.get("certificateId"))
                .then()
                .body("status", equalTo("VALID"));
    }

    @Test
    void shouldCountThe36MonthsToTheLastDayOfAShorterMonth() {
        // 29 February 2024 + 36 months: February 2027 has no 29th, so its last day is the last valid day.
        Map<String, String> c = certified("04", "75.00", "2024-02-29");
        given().auth()
                .oauth2(Tokens.viewer("04"))
                .get("/api/v1/ocop/certificates/" + c.get("certificateId"))
                .then()
                .statusCode(200)
                .body("lastValidDay", equalTo("2027-02-28"));
    }

    private static long statistic(String province, String field) {
        return given().auth()
                .oauth2(Tokens.viewer(province))
                .get("/api/v1/ocop/statistics?province=" + province)
                .then()
                .statusCode(200)
                .extract()
                .<Number>path(field)
                .longValue();
    }

    private long countEvents(String productId, String type) {
        return ((Number) em.createNativeQuery(
                                "SELECT count(*) FROM kit_outbox WHERE aggregate_id = :id AND event_type = :t")
                        .setParameter("id", productId)
                        .setParameter("t", type)
                        .getSingleResult())
                .longValue();
    }

    @Test
    void shouldRefuseAControlCharacterInTheVerifiedNumberNamingIt() {
        given().urlEncodingEnabled(false)
                .get("/api/v1/ocop/certificates/OCOP-04%00-2025/verification")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("certificateNumber"));
    }

    @Test
    void shouldAnswerAnotherProvincesStatisticsWithNotFoundAsForItsRecords() {
        given().auth()
                .oauth2(Tokens.viewer("04"))
                .get("/api/v1/ocop/statistics?province=14")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }

    private JsonNode lastEvent(String productId, String type) throws Exception {
        String payload = (String) em.createNativeQuery("""
                        SELECT CAST(payload AS text) FROM kit_outbox WHERE aggregate_id = :id AND event_type = :t
                        ORDER BY position DESC LIMIT 1""")
                .setParameter("id", productId)
                .setParameter("t", type)
                .getSingleResult();
        return json.readTree(payload);
    }
}
