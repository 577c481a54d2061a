package vn.cnnt.cluster;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/** The conditions of Decree 32/2024/NĐ-CP, each refused with its own problem type and nothing written. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class LegalRulesTest {

    private static final String APPROVER = Tokens.approver("19");

    @Test
    void shouldRefuseARegularClusterBelowTenHectares() {
        Clusters.aCluster()
                .area(8, 6)
                .post(APPROVER)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/area-out-of-range"))
                .body("errors[0].field", equalTo("totalAreaHa"));
    }

    @Test
    void shouldAcceptAMountainousOrCraftVillageClusterFromFiveHectares() {
        Clusters.aCluster()
                .area(5, 4)
                .with("mountainous", true)
                .post(APPROVER)
                .then()
                .statusCode(201);
        Clusters.aCluster()
                .area(5, 4)
                .with("craftVillage", true)
                .with("craftVillageLandHa", 2.4)
                .post(APPROVER)
                .then()
                .statusCode(201);
        Clusters.aCluster()
                .area(4.99, 4)
                .with("craftVillage", true)
                .with("craftVillageLandHa", 2.4)
                .post(APPROVER)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/area-out-of-range"));
    }

    @Test
    void shouldRefuseAClusterAboveSeventyFiveHectares() {
        Clusters.aCluster()
                .area(75.01, 50)
                .post(APPROVER)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/area-out-of-range"));
    }

    @Test
    void shouldRefuseIndustrialLandLargerThanTheCluster() {
        Clusters.aCluster()
                .area(20, 21)
                .post(APPROVER)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/industrial-land-above-total-area"));
    }

    @Test
    void shouldRefuseEstablishmentWhereTheAreaHasEmptyClustersAboveOneHundredHectares() {
        String commune = Clusters.freshCommune();
        Clusters.establish(
                APPROVER, Clusters.aCluster().inCommune(commune).area(75, 60).create(APPROVER));
        Clusters.establish(
                APPROVER, Clusters.aCluster().inCommune(commune).area(45, 40).create(APPROVER));
        // exactly 100 ha unleased is still allowed
        Clusters.establish(
                APPROVER, Clusters.aCluster().inCommune(commune).area(75, 70).create(APPROVER));
        String fourth = Clusters.aCluster().inCommune(commune).create(APPROVER);

        Clusters.transition(APPROVER, fourth, "establishment", Clusters.decision("7/QĐ-UBND", "2025-08-10"))
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/establishment-occupancy-too-low"))
                .body("detail", containsString("170 ha of unleased"));
        Clusters.get(APPROVER, fourth).then().body("status", equalTo("IN_PLAN"));
    }

    @Test
    void shouldAllowEstablishmentWhenTheAreaIsOccupiedAboveFiftyPercent() {
        String commune = Clusters.freshCommune();
        for (int i = 0; i < 3; i++) {
            String existing =
                    Clusters.aCluster().inCommune(commune).area(75, 70).create(APPROVER);
            Clusters.establish(APPROVER, existing);
            Clusters.admitted(APPROVER, existing, 35.5);
        }
        String next = Clusters.aCluster().inCommune(commune).create(APPROVER);

        Clusters.transition(APPROVER, next, "establishment", Clusters.decision("8/QĐ-UBND", "2025-08-10"))
                .then()
                .statusCode(200)
                .body("status", equalTo("ESTABLISHED"));
    }

    @Test
    void shouldRefuseExpansionBelowSixtyPercentOccupancy() {
        String id = operatingWithInfrastructure(40, 30);
        Clusters.admitted(APPROVER, id, 17.99);

        expand(id, 60, 45, null).then().statusCode(422).body("type", equalTo("/problems/expansion-occupancy-too-low"));
        Clusters.get(APPROVER, id).then().body("status", equalTo("OPERATING")).body("totalAreaHa", equalTo(40.0f));
    }

    @Test
    void shouldAllowExpansionBelowSixtyPercentWhenDemandExceedsTheFreeLand() {
        String id = operatingWithInfrastructure(40, 30);
        Clusters.admitted(APPROVER, id, 10);

        expand(id, 60, 45, 20.5).then().statusCode(200).body("status", equalTo("EXPANDED"));
    }

    @Test
    void shouldRefuseExpansionBeforeSharedInfrastructureIsFinished() {
        String id = Clusters.aCluster().area(40, 30).create(APPROVER);
        Clusters.operate(APPROVER, id);
        Clusters.admitted(APPROVER, id, 25);

        expand(id, 60, 45, null)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/shared-infrastructure-unfinished"));
    }

    @Test
    void shouldRefuseExpansionAboveSeventyFiveHectares() {
        String id = operatingWithInfrastructure(40, 30);
        Clusters.admitted(APPROVER, id, 25);

        expand(id, 76, 45, null).then().statusCode(422).body("type", equalTo("/problems/expanded-area-too-large"));
    }

    @Test
    void shouldRefuseAnExpansionThatDoesNotEnlargeTheCluster() {
        String id = operatingWithInfrastructure(40, 30);

        expand(id, 40, 30, null).then().statusCode(422).body("type", equalTo("/problems/expansion-not-larger"));
    }

    private static String operatingWithInfrastructure(int totalHa, int industrialHa) {
        String id = Clusters.aCluster().area(totalHa, industrialHa).create(APPROVER);
        Clusters.operate(APPROVER, id);
        Clusters.finishInfrastructure(APPROVER, id);
        return id;
    }

    private static io.restassured.response.Response expand(
            String id, Object totalHa, Object industrialHa, Object demandHa) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "decisionNumber",
                "300/QĐ-UBND",
                "decisionDate",
                "2025-10-01",
                "totalAreaHa",
                totalHa,
                "industrialLandHa",
                industrialHa));
        if (demandHa != null) {
            body.put("registeredDemandHa", demandHa);
        }
        return Clusters.transition(APPROVER, id, "expansion", body);
    }
}
