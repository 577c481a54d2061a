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
import vn.cnnt.plans.progress.api.AllocationChange;
import vn.cnnt.plans.progress.api.CertificateChange;
import vn.cnnt.plans.progress.api.ProjectChange;
import vn.cnnt.plans.progress.service.ProgressService;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ProgressTest {

    @Inject
    ProgressService progress;

    @Test
    void shouldShowMoneyByStagePerTaskAndSourceFromAllocationsAndProjects() {
        String officer = Tokens.officer("04");
        String id = Plans.create(
                PlanBuilder.aPlan()
                        .task("1", "TECHNOLOGY_AND_MACHINERY")
                        .task("2", "TRADE_PROMOTION")
                        .line(2024, "NATIONAL", "1", 900_000_000L)
                        .line(2024, "LOCAL", "2", 300_000_000L)
                        .line(2024, "COUNTERPART", "1", 1_000_000_000L),
                officer);
        UUID planId = UUID.fromString(id);
        UUID task1 = UUID.fromString(Plans.get(id, officer).then().extract().path("tasks[0].id"));
        UUID task2 = UUID.fromString(Plans.get(id, officer).then().extract().path("tasks[1].id"));
        UUID allocation = UUID.randomUUID();
        UUID settled = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        UUID local = UUID.randomUUID();

        QuarkusTransaction.requiringNew().run(() -> {
            progress.applyAllocation(new AllocationChange(allocation, planId, "NATIONAL", 2024, 900_000_000L, 0));
            progress.applyAllocation(new AllocationChange(allocation, planId, "NATIONAL", 2024, 700_000_000L, 1));
            progress.applyAllocation(new AllocationChange(allocation, planId, "NATIONAL", 2024, 900_000_000L, 0));
            // A technology-line project: approved, paid, accepted at 440 triệu, settled; counterpart 850 triệu.
            progress.applyProject(project(settled, planId, task1, "NATIONAL", "APPROVED", 450, 0, 0, 0, 850, 3));
            progress.applyProject(project(settled, planId, task1, "NATIONAL", "SETTLED", 440, 440, 440, 440, 850, 8));
            progress.applyProject(project(settled, planId, task1, "NATIONAL", "IN_PROGRESS", 450, 200, 0, 0, 850, 5));
            // Cancelled before anything was paid: nothing committed, its counterpart not mobilised.
            progress.applyProject(project(cancelled, planId, task1, "NATIONAL", "CANCELLED", 0, 0, 0, 0, 100, 4));
            // A local project still registered: nothing committed yet.
            progress.applyProject(project(local, planId, task2, "LOCAL", "CONTRACTED", 120, 0, 0, 0, 0, 4));
        });

        given().auth()
                .oauth2(officer)
                .get("/api/v1/plans/" + id + "/progress")
                .then()
                .statusCode(200)
                .body("total.estimateVnd", equalTo(2_200_000_000L))
                .body("total.allocatedVnd", equalTo(700_000_000))
                .body("total.committedVnd", equalTo(1_410_000_000))
                .body("bySource.find { it.source == 'NATIONAL' }.money.allocatedVnd", equalTo(700_000_000))
                .body("bySource.find { it.source == 'NATIONAL' }.money.committedVnd", equalTo(440_000_000))
                .body("bySource.find { it.source == 'NATIONAL' }.money.disbursedVnd", equalTo(440_000_000))
                .body("bySource.find { it.source == 'NATIONAL' }.money.acceptedVnd", equalTo(440_000_000))
                .body("bySource.find { it.source == 'NATIONAL' }.money.settledVnd", equalTo(440_000_000))
                .body("bySource.find { it.source == 'COUNTERPART' }.money.estimateVnd", equalTo(1_000_000_000))
                .body("bySource.find { it.source == 'COUNTERPART' }.money.committedVnd", equalTo(850_000_000))
                .body(
                        "byTask.find { it.taskCode == '1' && it.source == 'NATIONAL' }.money.estimateVnd",
                        equalTo(900_000_000))
                .body(
                        "byTask.find { it.taskCode == '1' && it.source == 'NATIONAL' }.money.settledVnd",
                        equalTo(440_000_000))
                .body(
                        "byTask.find { it.taskCode == '2' && it.source == 'LOCAL' }.money.committedVnd",
                        equalTo(120_000_000))
                .body(
                        "byTask.find { it.taskCode == null && it.source == 'NATIONAL' }.money.allocatedVnd",
                        equalTo(700_000_000));
    }

    /**
     * A 2021 Bình Phước plan (70) counts the products registered in Bình Phước, not all of Đồng Nai's (75); by the
     * year of the certification decision, whatever the certificate's status today; by its own indicator.
     */
    @Test
    void shouldCountOcopTargetsByThePlansUnitTheDecisionYearAndTheTargetsOwnIndicator() {
        String dongNai = Tokens.officer("75");
        String id = Plans.create(
                PlanBuilder.aPlan()
                        .inProvince("70", "2021-10-20")
                        .period(2021, 2025)
                        .with("issuingAuthority", "UBND tỉnh Bình Phước")
                        .task("OCOP", "OCOP")
                        .ocopTarget("Sản phẩm OCOP mới đạt 3 sao trở lên năm 2021", 5, 2021, 3, "NEW")
                        .ocopTarget("Sản phẩm OCOP mới đạt 4 sao trở lên năm 2021", 2, 2021, 4, "NEW")
                        .ocopTarget("Sản phẩm OCOP 5 sao lũy kế đến năm 2023", 1, 2023, 5, "CUMULATIVE")
                        .ocopTarget("Sản phẩm OCOP 3 sao trở lên lũy kế đến năm 2023", 8, 2023, 3, "CUMULATIVE")
                        .ocopTarget("Sản phẩm OCOP mới đạt 3 sao trở lên năm 2023", 3, 2023, 3, "NEW")
                        .target("Sản phẩm OCOP (không rõ cách đếm)", "sản phẩm", 4, 2021),
                dongNai);
        UUID upgraded = UUID.randomUUID();
        UUID revoked = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            // 2021: an expired 3★ certificate still counts for 2021.
            certificate(UUID.randomUUID(), "70", 3, "EXPIRED", "2021-06-01");
            // 2021: a 3★ later replaced by a 4★ in 2023 (an upgrade): new 3★+ in 2021, new 4★+ only in 2023.
            certificate(upgraded, "70", 3, "REPLACED", "2021-08-01");
            certificate(upgraded, "70", 4, "VALID", "2023-04-01");
            // 2021: a 4★ revoked (thu hồi) does not count.
            certificate(revoked, "70", 4, "REVOKED", "2021-09-01");
            // 2021: Đồng Nai's own products (75) are not Bình Phước's.
            certificate(UUID.randomUUID(), "75", 4, "VALID", "2021-05-01");
            // 2021: below 3★ is not OCOP-recognised.
            certificate(UUID.randomUUID(), "70", 2, "VALID", "2021-05-01");
            // 2023: a 5★ and a new 3★.
            certificate(UUID.randomUUID(), "70", 5, "VALID", "2023-11-01");
            certificate(UUID.randomUUID(), "70", 3, "VALID", "2023-12-31");
            // 2024 does not count for 2023.
            certificate(UUID.randomUUID(), "70", 3, "VALID", "2024-01-01");
        });

        given().auth()
                .oauth2(dongNai)
                .get("/api/v1/plans/" + id + "/progress")
                .then()
                .statusCode(200)
                .body("targets[0].ocop.minStars", equalTo(3))
                .body("targets[0].ocop.count", equalTo("NEW"))
                .body("targets[0].achieved", equalTo(2))
                .body("targets[1].achieved", equalTo(0))
                .body("targets[2].achieved", equalTo(1))
                .body("targets[3].achieved", equalTo(4))
                .body("targets[4].achieved", equalTo(2))
                .body("targets[5].achieved", equalTo(null));
    }

    /**
     * A 2026 Lào Cai plan (15) counts the products of the units merged into it (former Lào Cai's, code 10, and Yên
     * Bái's, code 15); a 2021 Yên Bái plan (15) counts only products of code 15 certified while Yên Bái existed, since
     * code 15 now also names products registered in former Lào Cai after the merger.
     */
    @Test
    void shouldCountTheMergedUnitsForACurrentUnitsPlanAndOnlyItsOwnForAFormerOne() {
        String laoCai = Tokens.officer("15");
        String current = Plans.create(
                PlanBuilder.aPlan()
                        .inProvince("15", "2026-01-15")
                        .period(2026, 2026)
                        .with("issuingAuthority", "UBND tỉnh Lào Cai")
                        .task("OCOP", "OCOP")
                        .ocopTarget("Sản phẩm OCOP mới đạt 3 sao trở lên năm 2026", 10, 2026, 3, "NEW"),
                laoCai);
        String former = Plans.create(
                PlanBuilder.aPlan()
                        .inProvince("15", "2021-04-01")
                        .period(2021, 2025)
                        .with("issuingAuthority", "UBND tỉnh Yên Bái")
                        .task("OCOP", "OCOP")
                        .ocopTarget("Sản phẩm OCOP 3 sao trở lên lũy kế đến năm 2025", 10, 2025, 3, "CUMULATIVE"),
                laoCai);
        QuarkusTransaction.requiringNew().run(() -> {
            certificate(UUID.randomUUID(), "10", 3, "VALID", "2026-03-01");
            certificate(UUID.randomUUID(), "15", 4, "VALID", "2026-04-01");
            certificate(UUID.randomUUID(), "15", 3, "VALID", "2025-06-30");
            certificate(UUID.randomUUID(), "15", 3, "VALID", "2025-09-01");
        });

        given().auth()
                .oauth2(laoCai)
                .get("/api/v1/plans/" + current + "/progress")
                .then()
                .statusCode(200)
                .body("targets[0].achieved", equalTo(2));
        given().auth()
                .oauth2(laoCai)
                .get("/api/v1/plans/" + former + "/progress")
                .then()
                .statusCode(200)
                .body("targets[0].achieved", equalTo(1));
    }

    @Test
    void shouldIgnoreAnOlderEventOfTheSameCertificate() {
        String officer = Tokens.officer("12");
        String id = Plans.create(
                PlanBuilder.aPlan()
                        .inProvince("12", "2025-08-01")
                        .period(2025, 2026)
                        .with("issuingAuthority", "UBND tỉnh Lai Châu")
                        .task("OCOP", "OCOP")
                        .ocopTarget("Sản phẩm OCOP 3 sao trở lên", 6, 2026, 3, "NEW"),
                officer);
        UUID product = UUID.randomUUID();
        UUID certificate = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            progress.applyCertificate(
                    new CertificateChange(certificate, product, "12", "12", 4, "REVOKED", LocalDate.of(2026, 2, 1), 2));
            progress.applyCertificate(
                    new CertificateChange(certificate, product, "12", "12", 4, "VALID", LocalDate.of(2026, 2, 1), 1));
        });

        given().auth()
                .oauth2(officer)
                .get("/api/v1/plans/" + id + "/progress")
                .then()
                .statusCode(200)
                .body("targets[0].achieved", equalTo(0));
    }

    private void certificate(UUID product, String province, int stars, String status, String decided) {
        progress.applyCertificate(new CertificateChange(
                UUID.randomUUID(), product, province, "75", stars, status, LocalDate.parse(decided), 1));
    }

    private static ProjectChange project(
            UUID id,
            UUID plan,
            UUID task,
            String source,
            String status,
            long committedMillions,
            long disbursedMillions,
            long acceptedMillions,
            long settledMillions,
            long counterpartMillions,
            long version) {
        long m = 1_000_000L;
        return new ProjectChange(
                id,
                plan,
                task,
                source,
                2024,
                status,
                committedMillions * m,
                disbursedMillions * m,
                acceptedMillions * m,
                settledMillions * m,
                counterpartMillions * m,
                0,
                version);
    }
}
