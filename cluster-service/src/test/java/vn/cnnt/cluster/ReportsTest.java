package vn.cnnt.cluster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/** Each test uses a province of its own, so province-wide figures are exact. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ReportsTest {

    @Test
    void shouldProduceTheHalfYearReportAsTheClustersStoodOnFourteenJune() {
        String approver = Tokens.approver("96");
        String operating = Clusters.aCluster().inProvince("96").area(40, 30).create(approver);
        Clusters.operate(approver, operating);
        Clusters.admit(
                        approver,
                        operating,
                        Map.of(
                                "investorName",
                                "Công ty Giày Cà Mau",
                                "projectName",
                                "Nhà máy giày",
                                "industry",
                                "Da giày",
                                "leasedHa",
                                15,
                                "registeredCapitalVnd",
                                90_000_000_000L,
                                "jobs",
                                800,
                                "leaseStart",
                                "2025-09-01"))
                .then()
                .statusCode(201);
        Clusters.aCluster().inProvince("96").create(approver);

        given().auth()
                .oauth2(approver)
                .queryParam("province", "96")
                .get(Clusters.BASE + "/reports/half-year/2026")
                .then()
                .statusCode(200)
                .body("dataFrom", equalTo("2025-12-15"))
                .body("dataTo", equalTo("2026-06-14"))
                .body("dueBefore", equalTo("2026-06-20"))
                .body("summary.clusters", equalTo(2))
                .body("summary.byStatus.OPERATING", equalTo(1))
                .body("summary.byStatus.IN_PLAN", equalTo(1))
                .body("summary.tenants", equalTo(1))
                .body("summary.jobs", equalTo(800))
                .body("summary.registeredCapitalVnd", equalTo(90_000_000_000L))
                .body("summary.averageOccupancy", equalTo(50.0f));
        given().auth()
                .oauth2(approver)
                .queryParam("province", "96")
                .get(Clusters.BASE + "/reports/half-year/2025")
                .then()
                .statusCode(200)
                .body("summary.clusters", equalTo(0))
                .body("summary.averageOccupancy", nullValue());
        given().auth()
                .oauth2(approver)
                .get(Clusters.BASE + "/reports/quarterly/2026")
                .then()
                .statusCode(404)
                .body("type", equalTo("/problems/unknown-report-period"));
    }

    @Test
    void shouldCountClustersByStatusWithTheirAverageOccupancy() {
        String approver = Tokens.approver("92");
        String a = Clusters.aCluster().inProvince("92").area(40, 30).create(approver);
        Clusters.establish(approver, a);
        Clusters.admitted(approver, a, 24);
        String b = Clusters.aCluster().inProvince("92").area(40, 20).create(approver);
        Clusters.establish(approver, b);
        Clusters.aCluster().inProvince("92").create(approver);

        given().auth()
                .oauth2(Tokens.viewer("92"))
                .queryParam("province", "92")
                .get(Clusters.BASE + "/statistics")
                .then()
                .statusCode(200)
                .body("clusters", equalTo(3))
                .body("byStatus.ESTABLISHED", equalTo(2))
                .body("byStatus.IN_PLAN", equalTo(1))
                .body("leasedHa", equalTo(24.0f))
                .body("averageOccupancy", equalTo(40.0f));
        given().auth()
                .oauth2(Tokens.viewer("04"))
                .queryParam("province", "92")
                .get(Clusters.BASE + "/statistics")
                .then()
                .statusCode(404)
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldAnswerAnotherProvincesAggregatesWithNotFoundAsForItsRecords() {
        String approver = Tokens.approver("92");
        for (String path : new String[] {"/statistics", "/reports/annual/2025", "/reports/half-year/2026"}) {
            given().auth()
                    .oauth2(approver)
                    .queryParam("province", "01")
                    .get(Clusters.BASE + path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/not-found"));
        }
    }

    @Test
    void shouldRefuseRegisteredCapitalAboveTheBoundAndAcceptItAtTheBound() {
        String approver = Tokens.approver("11");
        String cluster = Clusters.aCluster().inProvince("11").area(40, 30).create(approver);
        Clusters.operate(approver, cluster);
        Map<String, Object> tenant = new java.util.HashMap<>(Map.of(
                "investorName",
                "Công ty A",
                "projectName",
                "Nhà máy",
                "industry",
                "Da giày",
                "leasedHa",
                5,
                "registeredCapitalVnd",
                1_000_000_000_000_001L,
                "jobs",
                10,
                "leaseStart",
                "2025-09-01"));
        Clusters.admit(approver, cluster, tenant)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("registeredCapitalVnd"));
        tenant.put("registeredCapitalVnd", 1_000_000_000_000_000L);
        Clusters.admit(approver, cluster, tenant).then().statusCode(201);
        tenant.put("investorName", "Công ty B");
        Clusters.admit(approver, cluster, tenant).then().statusCode(201);
    }
}
