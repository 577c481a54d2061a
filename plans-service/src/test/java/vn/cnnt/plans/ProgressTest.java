package vn.cnnt.plans;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;
import vn.cnnt.plans.plan.PlanBuilder;
import vn.cnnt.plans.plan.Plans;
import vn.cnnt.plans.progress.api.CertificateChange;
import vn.cnnt.plans.progress.api.CommitmentChange;
import vn.cnnt.plans.progress.service.ProgressService;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ProgressTest {

    @Inject
    ProgressService progress;

    @Test
    void shouldCompareCommittedAndDisbursedMoneyWithTheFundingTablePerTaskAndSource() {
        String officer = Tokens.officer("04");
        String id = Plans.create(
                PlanBuilder.aPlan()
                        .task("1", "TECHNOLOGY_AND_MACHINERY")
                        .task("2", "OCOP")
                        .target("Sản phẩm OCOP 3 sao trở lên", "sản phẩm", 5, 2024)
                        .line(2024, "NATIONAL", "1", 900_000_000L)
                        .line(2024, "LOCAL", "2", 300_000_000L),
                officer);
        UUID planId = UUID.fromString(id);
        UUID task1 = UUID.fromString(Plans.get(id, officer).then().extract().path("tasks[0].id"));
        UUID commitment = UUID.randomUUID();

        apply(new CommitmentChange(commitment, planId, task1, "NATIONAL", 2024, "APPROVED", 250_000_000L, 0, 1));
        apply(new CommitmentChange(
                commitment, planId, task1, "NATIONAL", 2024, "APPROVED", 250_000_000L, 100_000_000L, 3));
        apply(new CommitmentChange(commitment, planId, task1, "NATIONAL", 2024, "APPROVED", 250_000_000L, 0, 2));
        apply(new CommitmentChange(UUID.randomUUID(), planId, task1, "NATIONAL", 2024, "CANCELLED", 80_000_000L, 0, 2));
        QuarkusTransaction.requiringNew().run(() -> {
            progress.applyCertificate(
                    new CertificateChange(UUID.randomUUID(), "04", 4, "VALID", LocalDate.of(2024, 5, 2), 1));
            progress.applyCertificate(
                    new CertificateChange(UUID.randomUUID(), "04", 2, "VALID", LocalDate.of(2024, 5, 2), 1));
        });

        given().auth()
                .oauth2(officer)
                .get("/api/v1/plans/" + id + "/progress")
                .then()
                .statusCode(200)
                .body("total.plannedVnd", equalTo(1_200_000_000))
                .body("total.committedVnd", equalTo(250_000_000))
                .body("total.disbursedVnd", equalTo(100_000_000))
                .body("bySource.find { it.source == 'NATIONAL' }.money.committedVnd", equalTo(250_000_000))
                .body("byTask.find { it.taskCode == '1' }.money.plannedVnd", equalTo(900_000_000))
                .body("byTask.find { it.taskCode == '2' }.money.committedVnd", equalTo(0))
                .body("targets[0].targetValue", equalTo(5))
                .body("targets[0].achieved", equalTo(1));
    }

    @Test
    void shouldCountOnlyValidCertificatesOfThreeStarsOrMoreAndIgnoreStaleCertificateEvents() {
        String officer = Tokens.officer("12");
        String id = Plans.create(
                PlanBuilder.aPlan()
                        .inProvince("12", "2025-08-01")
                        .period(2025, 2026)
                        .with("issuingAuthority", "UBND tỉnh Lai Châu")
                        .task("OCOP", "OCOP")
                        .target("Sản phẩm OCOP 3 sao trở lên (cả giai đoạn)", "sản phẩm", 10, null)
                        .target("Sản phẩm OCOP 3 sao trở lên năm 2026", "sản phẩm", 6, 2026),
                officer);
        UUID revoked = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            progress.applyCertificate(
                    new CertificateChange(UUID.randomUUID(), "12", 3, "VALID", LocalDate.of(2025, 9, 1), 1));
            progress.applyCertificate(
                    new CertificateChange(UUID.randomUUID(), "12", 5, "VALID", LocalDate.of(2026, 3, 1), 1));
            progress.applyCertificate(new CertificateChange(revoked, "12", 4, "REVOKED", LocalDate.of(2026, 2, 1), 2));
            progress.applyCertificate(new CertificateChange(revoked, "12", 4, "VALID", LocalDate.of(2026, 2, 1), 1));
            progress.applyCertificate(
                    new CertificateChange(UUID.randomUUID(), "12", 4, "VALID", LocalDate.of(2024, 12, 31), 1));
        });

        given().auth()
                .oauth2(officer)
                .get("/api/v1/plans/" + id + "/progress")
                .then()
                .statusCode(200)
                .body("total.plannedVnd", equalTo(0))
                .body("targets[0].achieved", equalTo(2))
                .body("targets[1].achieved", equalTo(1));
    }

    private void apply(CommitmentChange change) {
        QuarkusTransaction.requiringNew().run(() -> progress.applyCommitment(change));
    }
}
