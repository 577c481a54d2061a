package vn.cnnt.plans;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.KafkaProbe;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;
import vn.cnnt.plans.plan.PlanBuilder;
import vn.cnnt.plans.plan.Plans;

/**
 * ocop.events.v1 as ocop-service publishes it → OCOP target attainment, through the real broker: a certificate
 * replaced by a later evaluation (named in the successor's issued event) still counts for its own year, an expiry seen
 * before its issue counts, and an event of an older producer without certificateId or registration code is read.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class OcopEventsTest {

    @Test
    void shouldCountReplacedAndExpiredCertificatesForTheYearOfTheirDecision() {
        String officer = Tokens.officer("20");
        String plan = Plans.create(
                PlanBuilder.aPlan()
                        .inProvince("20", "2021-03-01")
                        .period(2021, 2025)
                        .with("issuingAuthority", "UBND tỉnh Lạng Sơn")
                        .task("OCOP", "OCOP")
                        .ocopTarget("Sản phẩm OCOP mới đạt 3 sao trở lên năm 2021", 3, 2021, 3, "NEW")
                        .ocopTarget("Sản phẩm OCOP mới đạt 4 sao trở lên năm 2024", 1, 2024, 4, "NEW")
                        .ocopTarget("Sản phẩm OCOP 3 sao trở lên lũy kế đến năm 2024", 5, 2024, 3, "CUMULATIVE"),
                officer);
        String upgraded = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        String expired = UUID.randomUUID().toString();
        String older = UUID.randomUUID().toString();

        send(upgraded, "issued", certificate(first, upgraded, 3, "VALID", "2021-07-01", null, 1));
        send(
                upgraded,
                "issued",
                certificate(UUID.randomUUID().toString(), upgraded, 4, "VALID", "2024-02-01", """
                {"certificateId": "%s", "certificateNumber": "OCOP-20-2021-000001", "stars": 3,
                 "decisionDate": "2021-07-01", "status": "REPLACED"}""".formatted(first), 3));
        send(
                expired,
                "expired",
                certificate(UUID.randomUUID().toString(), expired, 3, "EXPIRED", "2021-11-01", null, 4));
        send(older, "issued", """
                {"productId": "%s", "currentProvinceCode": "20", "stars": 3, "status": "VALID",
                 "decisionDate": "2021-12-01", "validUntil": "2024-12-01", "version": 1}""".formatted(older));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(officer)
                        .get("/api/v1/plans/" + plan + "/progress")
                        .then()
                        .statusCode(200)
                        .body("targets[0].achieved", equalTo(3))
                        .body("targets[1].achieved", equalTo(1))
                        .body("targets[2].achieved", equalTo(3)));
    }

    private static void send(String product, String type, String data) {
        KafkaProbe.send(
                "ocop.events.v1",
                product,
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "vn.cnnt.ocop.certificate." + type + ".v1", 1),
                data);
    }

    private static String certificate(
            String certificate,
            String product,
            int stars,
            String status,
            String decided,
            String replaced,
            long version) {
        return """
                {"certificateId": "%s", "certificateNumber": "OCOP-20-0001", "productId": "%s",
                 "productName": "Sản phẩm minh họa", "producerId": "%s", "provinceCode": "20", "currentProvinceCode": "20",
                 "stars": %d, "decisionDate": "%s", "validUntil": "2030-01-01", "lastValidDay": "2030-01-01",
                 "status": "%s", "replaced": %s, "version": %d}""".formatted(certificate, product, UUID.randomUUID(), stars, decided, status, replaced, version);
    }
}
