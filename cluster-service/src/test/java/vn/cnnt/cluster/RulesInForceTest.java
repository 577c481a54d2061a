package vn.cnnt.cluster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

/**
 * The rules in force on a decision's date (DOMAIN.md §4): Decree 32/2024/NĐ-CP from 1 May 2024 measuring the district
 * before 1 July 2025; no replay of it for older decisions; craft-village land. Province 19 (Thái Nguyên) had that code
 * before and after the reform.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class RulesInForceTest {

    private static final String APPROVER = Tokens.approver("19");

    /** A district and one of its communes. */
    private record Area(String district, String commune) {}

    /**
     * Two established clusters in one commune of a district, leaving 140 ha of unleased industrial land: a new
     * cluster there is refused under Decree 32/2024, whether "the area" is the district or the commune.
     */
    private static Area crowdedDistrict() {
        Area area = new Area(Clusters.freshDistrict(), Clusters.freshCommune());
        for (int i = 0; i < 2; i++) {
            String id = Clusters.aCluster()
                    .with("districtCode", area.district())
                    .inCommune(area.commune())
                    .area(75, 70)
                    .plannedOn("2024-05-15")
                    .create(APPROVER);
            Clusters.transition(
                            APPROVER,
                            id,
                            "establishment",
                            Clusters.decision(10 + i + "/QĐ-UBND", "2024-06-0" + (i + 1)))
                    .then()
                    .statusCode(200);
        }
        return area;
    }

    @Test
    void shouldMeasureTheDistrictForEstablishmentsDecidedBeforeJuly2025() {
        String district = crowdedDistrict().district();
        // Another commune of the same district: the commune has no cluster, the district has 140 ha unleased.
        String third = Clusters.aCluster()
                .with("districtCode", district)
                .plannedOn("2024-05-15")
                .create(APPROVER);

        Clusters.transition(APPROVER, third, "establishment", Clusters.decision("12/QĐ-UBND", "2024-07-01"))
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/establishment-occupancy-too-low"))
                .body("detail", containsString("district " + district))
                .body("detail", containsString("140 ha of unleased"));
        Clusters.get(APPROVER, third).then().body("status", equalTo("IN_PLAN"));
    }

    @Test
    void shouldRefuseAPreReformEstablishmentWithoutADistrict() {
        String id = Clusters.aCluster().plannedOn("2024-05-15").create(APPROVER);

        Clusters.transition(APPROVER, id, "establishment", Clusters.decision("13/QĐ-UBND", "2024-07-01"))
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/establishment-area-unknown"))
                .body("detail", containsString("district"));
    }

    @Test
    void shouldNotReplayDecree32ForAnEstablishmentDecidedIn2019() {
        Area crowded = crowdedDistrict();
        String old = Clusters.aCluster()
                .with("districtCode", crowded.district())
                .inCommune(crowded.commune())
                .plannedOn("2018-03-01")
                .create(APPROVER);

        Clusters.transition(APPROVER, old, "establishment", Clusters.decision("14/QĐ-UBND", "2019-08-26"))
                .then()
                .statusCode(200)
                .body("status", equalTo("ESTABLISHED"));
    }

    @Test
    void shouldEnterAClusterEstablishedIn2019InItsRealStatusWithItsDecisions() {
        Area crowded = crowdedDistrict();
        // 8 ha: below Decree 32/2024's 10 ha, but planned and established under the regime before it.
        String id = Clusters.aCluster()
                .with("districtCode", crowded.district())
                .inCommune(crowded.commune())
                .area(8, 6)
                .plannedOn("2018-03-01")
                .with(
                        "decisions",
                        List.of(
                                Map.of(
                                        "status",
                                        "ESTABLISHED",
                                        "decisionNumber",
                                        "15/QĐ-UBND",
                                        "decisionDate",
                                        "2019-08-26"),
                                Map.of(
                                        "status",
                                        "UNDER_CONSTRUCTION",
                                        "decisionNumber",
                                        "16/QĐ-UBND",
                                        "decisionDate",
                                        "2020-05-04")))
                .create(APPROVER);

        Clusters.get(APPROVER, id).then().statusCode(200).body("status", equalTo("UNDER_CONSTRUCTION"));
        given().auth()
                .oauth2(APPROVER)
                .get(Clusters.BASE + "/" + id + "/decisions")
                .then()
                .statusCode(200)
                .body("items", hasSize(3))
                .body("items.status", equalTo(List.of("IN_PLAN", "ESTABLISHED", "UNDER_CONSTRUCTION")))
                .body("items[1].decisionDate", equalTo("2019-08-26"));
    }

    @Test
    void shouldCheckAnEnteredDecisionAgainstTheRulesOfItsOwnDate() {
        Area crowded = crowdedDistrict();
        Clusters.aCluster()
                .with("districtCode", crowded.district())
                .plannedOn("2024-05-15")
                .with(
                        "decisions",
                        List.of(Map.of(
                                "status", "ESTABLISHED", "decisionNumber", "17/QĐ-UBND", "decisionDate", "2024-07-01")))
                .post(APPROVER)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/establishment-occupancy-too-low"));
        Clusters.aCluster()
                .plannedOn("2018-03-01")
                .with(
                        "decisions",
                        List.of(Map.of(
                                "status", "OPERATING", "decisionNumber", "18/QĐ-UBND", "decisionDate", "2019-08-26")))
                .post(APPROVER)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/invalid-transition"));
        Clusters.aCluster()
                .plannedOn("2018-03-01")
                .with(
                        "decisions",
                        List.of(Map.of(
                                "status", "ESTABLISHED", "decisionNumber", "19/QĐ-UBND", "decisionDate", "2017-01-01")))
                .post(APPROVER)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/decision-date-out-of-order"));
        Clusters.aCluster()
                .plannedOn("2018-03-01")
                .with(
                        "decisions",
                        List.of(Map.of(
                                "status", "ESTABLISHED", "decisionNumber", "20/QĐ-UBND", "decisionDate", "2019-08-26")))
                .post(Tokens.officer("19"))
                .then()
                .statusCode(403);
    }

    @Test
    void shouldKeepSixtyPercentOfACraftVillageClustersIndustrialLandForCraftVillageProducers() {
        Clusters.aCluster()
                .with("craftVillage", true)
                .area(12, 10)
                .with("craftVillageLandHa", 5.99)
                .post(APPROVER)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/craft-village-land-below-share"))
                .body("errors[0].field", equalTo("craftVillageLandHa"));
        Clusters.aCluster()
                .with("craftVillage", true)
                .area(12, 10)
                .post(APPROVER)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/craft-village-land-below-share"));
        Clusters.aCluster()
                .area(12, 10)
                .with("craftVillageLandHa", 6)
                .post(APPROVER)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/craft-village-land-below-share"));
        String id = Clusters.aCluster()
                .with("craftVillage", true)
                .area(12, 10)
                .with("craftVillageLandHa", 6)
                .create(APPROVER);
        Clusters.get(APPROVER, id).then().body("craftVillageLandHa", equalTo(6.0f));
    }

    @Test
    void shouldCheckTheCraftVillageShareAgainOnExpansion() {
        String id = Clusters.aCluster()
                .with("craftVillage", true)
                .area(12, 10)
                .with("craftVillageLandHa", 6)
                .create(APPROVER);
        Clusters.operate(APPROVER, id);
        Clusters.finishInfrastructure(APPROVER, id);
        Clusters.admitted(APPROVER, id, 7);
        Map<String, Object> expansion = Map.of(
                "decisionNumber",
                "301/QĐ-UBND",
                "decisionDate",
                "2025-10-01",
                "totalAreaHa",
                20,
                "industrialLandHa",
                15);
        Clusters.transition(APPROVER, id, "expansion", expansion)
                .then()
                .statusCode(422)
                .body("type", equalTo("/problems/craft-village-land-below-share"));
        Map<String, Object> withLand = new java.util.HashMap<>(expansion);
        withLand.put("craftVillageLandHa", 9);
        Clusters.transition(APPROVER, id, "expansion", withLand)
                .then()
                .statusCode(200)
                .body("craftVillageLandHa", equalTo(9.0f));
    }

    @Test
    void shouldPublishTheRuleSetsWithTheirEffectiveDates() {
        given().auth()
                .oauth2(Tokens.viewer("19"))
                .get(Clusters.BASE + "/rule-sets")
                .then()
                .statusCode(200)
                .body("code", equalTo(List.of("BEFORE-ND-32-2024", "ND-32-2024", "ND-32-2024-TWO-TIER")))
                .body("[0].checked", equalTo(false))
                .body("[1].effectiveFrom", equalTo("2024-05-01"))
                .body("[1].effectiveTo", equalTo("2025-06-30"))
                .body("[1].establishmentScope", equalTo("DISTRICT"))
                .body("[2].effectiveFrom", equalTo("2025-07-01"))
                .body("[2].establishmentScope", equalTo("COMMUNE"))
                .body("[2].unconfirmed", containsString("not settled"));
    }
}
