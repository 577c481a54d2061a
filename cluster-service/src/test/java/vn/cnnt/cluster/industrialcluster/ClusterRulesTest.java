package vn.cnnt.cluster.industrialcluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cnnt.cluster.ClusterProblems;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.problem.ProblemType;

/** {@link ClusterRules} and {@link Occupancy} alone, without Quarkus: Decree 32/2024 (DOMAIN.md §4) at its boundaries. */
class ClusterRulesTest {

    private final ClusterRules rules = new ClusterRules();

    @ParameterizedTest(name = "{0} ha, mountainous {1}, craft village {2}: allowed {3}")
    @CsvSource({
        "9.99, false, false, false",
        "10, false, false, true",
        "75, false, false, true",
        "75.01, false, false, false",
        "4.99, true, false, false",
        "5, true, false, true",
        "5, false, true, true",
        "9.99, false, true, true",
        "75.01, true, false, false",
    })
    void areaIsTenToSeventyFiveHectaresOrFiveForMountainousAndCraftVillageClusters(
            String totalAreaHa, boolean mountainous, boolean craftVillage, boolean allowed) {
        Runnable check = () -> rules.requireAreaInRange(decree32(), ha(totalAreaHa), mountainous, craftVillage);

        if (allowed) {
            assertThatCode(check::run).doesNotThrowAnyException();
        } else {
            assertProblem(check, ClusterProblems.AREA_OUT_OF_RANGE);
        }
    }

    @Test
    void anUncheckedRuleSetRecordsTheDecisionAsTaken() {
        ClusterRuleSet before = new ClusterRuleSet();
        before.checked = false;

        assertThatCode(() -> rules.requireAreaInRange(before, ha("200"), false, false))
                .doesNotThrowAnyException();
        assertThatCode(() -> rules.requireEstablishmentAllowed(before, area(3, "0", "500"), "huyện X"))
                .doesNotThrowAnyException();
    }

    @Test
    void industrialLandMayNotExceedTheArea() {
        assertThatCode(() -> rules.requireIndustrialLandWithinArea(ha("50"), ha("50")))
                .doesNotThrowAnyException();
        assertProblem(
                () -> rules.requireIndustrialLandWithinArea(ha("50.01"), ha("50")),
                ClusterProblems.INDUSTRIAL_LAND_ABOVE_TOTAL_AREA);
    }

    @Test
    void aCraftVillageClusterKeepsSixtyPercentOfItsIndustrialLandForCraftVillages() {
        assertThatCode(() -> rules.requireCraftVillageLand(decree32(), true, ha("30"), ha("50")))
                .doesNotThrowAnyException(); // exactly 60 %
        assertProblem(
                () -> rules.requireCraftVillageLand(decree32(), true, ha("29.99"), ha("50")),
                ClusterProblems.CRAFT_VILLAGE_LAND_BELOW_SHARE);
        assertProblem(
                () -> rules.requireCraftVillageLand(decree32(), true, null, ha("50")),
                ClusterProblems.CRAFT_VILLAGE_LAND_BELOW_SHARE);
        assertProblem(
                () -> rules.requireCraftVillageLand(decree32(), false, ha("1"), ha("50")),
                ClusterProblems.CRAFT_VILLAGE_LAND_BELOW_SHARE);
        assertThatCode(() -> rules.requireCraftVillageLand(decree32(), false, null, ha("50")))
                .doesNotThrowAnyException();
    }

    @Test
    void establishingNeedsTheAreasAverageOccupancyAboveFiftyPercentOrAtMostAHundredHectaresUnleased() {
        // Two clusters at 50 % and 50.008 %: the mean 50.004 % is above 50 %, although it is shown as 50.00 % (the
        // rule compares before any rounding).
        AreaOccupancy justAbove = area(2, "100.008", "200");
        assertThat(justAbove.averageOccupancyPercent()).isEqualByComparingTo("50.00");
        AreaOccupancy exactlyHalf = area(2, "100", "200");

        assertThatCode(() -> rules.requireEstablishmentAllowed(decree32(), justAbove, "huyện X"))
                .doesNotThrowAnyException();
        assertProblem(
                () -> rules.requireEstablishmentAllowed(decree32(), exactlyHalf, "huyện X"),
                ClusterProblems.ESTABLISHMENT_OCCUPANCY_TOO_LOW);
        assertThatCode(() -> rules.requireEstablishmentAllowed(decree32(), area(2, "0", "100"), "huyện X"))
                .doesNotThrowAnyException(); // exactly 100 ha unleased
        assertProblem(
                () -> rules.requireEstablishmentAllowed(decree32(), area(2, "0", "100.01"), "huyện X"),
                ClusterProblems.ESTABLISHMENT_OCCUPANCY_TOO_LOW);
        assertThatCode(() -> rules.requireEstablishmentAllowed(decree32(), area(0, "0", "0"), "huyện X"))
                .doesNotThrowAnyException(); // no cluster in the area yet
    }

    @Test
    void expandingNeedsSixtyPercentOccupancyOrDemandAboveTheFreeLand() {
        assertThatCode(() -> rules.requireExpansionAllowed(decree32(), cluster("30", "50"), ha("60"), ha("55"), null))
                .doesNotThrowAnyException(); // exactly 60 %
        assertProblem(
                () -> rules.requireExpansionAllowed(decree32(), cluster("29.99", "50"), ha("60"), ha("55"), null),
                ClusterProblems.EXPANSION_OCCUPANCY_TOO_LOW);
        assertThatCode(() ->
                        rules.requireExpansionAllowed(decree32(), cluster("10", "50"), ha("60"), ha("55"), ha("40.01")))
                .doesNotThrowAnyException(); // demand above the 40 ha free
        assertProblem(
                () -> rules.requireExpansionAllowed(decree32(), cluster("10", "50"), ha("60"), ha("55"), ha("40")),
                ClusterProblems.EXPANSION_OCCUPANCY_TOO_LOW);
    }

    @Test
    void expandingStaysWithinSeventyFiveHectaresAfterFinishedSharedInfrastructure() {
        assertThatCode(() -> rules.requireExpansionAllowed(decree32(), cluster("40", "50"), ha("75"), ha("60"), null))
                .doesNotThrowAnyException();
        assertProblem(
                () -> rules.requireExpansionAllowed(decree32(), cluster("40", "50"), ha("75.01"), ha("60"), null),
                ClusterProblems.EXPANDED_AREA_TOO_LARGE);
        assertProblem(
                () -> rules.requireExpansionAllowed(decree32(), cluster("40", "50"), ha("60"), ha("49"), null),
                ClusterProblems.EXPANSION_NOT_LARGER);
        IndustrialCluster unfinished = cluster("40", "50");
        unfinished.sharedInfrastructureCompletedOn = null;
        assertProblem(
                () -> rules.requireExpansionAllowed(decree32(), unfinished, ha("60"), ha("55"), null),
                ClusterProblems.SHARED_INFRASTRUCTURE_UNFINISHED);
    }

    @Test
    void occupancyIsShownWithTwoDecimalsHalfUpAndComparedUnrounded() {
        assertThat(Occupancy.percent(ha("1"), ha("3"))).isEqualByComparingTo("33.33");
        assertThat(Occupancy.percent(ha("2"), ha("3"))).isEqualByComparingTo("66.67");
        assertThat(Occupancy.percent(ha("0.05"), ha("16"))).isEqualByComparingTo("0.31"); // 0.3125
        assertThat(Occupancy.percent(ha("50"), ha("50"))).isEqualByComparingTo("100.00");
        // 59.995 % is shown as 60.00 % but is not 60 %
        assertThat(Occupancy.percent(ha("11.999"), ha("20"))).isEqualByComparingTo("60.00");
        assertThat(Occupancy.compare(ha("11.999"), ha("20"), ha("60"))).isNegative();
        assertThat(Occupancy.mean(Occupancy.rate(ha("1"), ha("3")).add(Occupancy.rate(ha("2"), ha("3"))), 2))
                .isEqualByComparingTo("50.00");
        assertThat(Occupancy.mean(BigDecimal.ZERO, 0)).isNull();
    }

    /** Decree 32/2024/NĐ-CP as migration V2 loads it. */
    private static ClusterRuleSet decree32() {
        ClusterRuleSet r = new ClusterRuleSet();
        r.code = "ND-32-2024";
        r.legalBasis = "Nghị định 32/2024/NĐ-CP";
        r.effectiveFrom = LocalDate.of(2024, 5, 1);
        r.checked = true;
        r.minAreaHa = ha("10");
        r.minAreaMountainousOrCraftVillageHa = ha("5");
        r.maxAreaHa = ha("75");
        r.establishmentScope = EstablishmentScope.DISTRICT;
        r.establishmentAverageOccupancyAbovePercent = ha("50");
        r.establishmentUnleasedLandAtMostHa = ha("100");
        r.expansionOccupancyAtLeastPercent = ha("60");
        r.craftVillageLandAtLeastPercent = ha("60");
        return r;
    }

    private static AreaOccupancy area(long clusters, String occupancySum, String unleasedHa) {
        return new AreaOccupancy(clusters, new BigDecimal(occupancySum), ha(unleasedHa));
    }

    private static IndustrialCluster cluster(String leasedHa, String industrialLandHa) {
        IndustrialCluster c = new IndustrialCluster();
        c.totalAreaHa = ha("55");
        c.industrialLandHa = ha(industrialLandHa);
        c.leasedHa = ha(leasedHa);
        c.sharedInfrastructureCompletedOn = LocalDate.of(2025, 1, 1);
        return c;
    }

    private static BigDecimal ha(String value) {
        return new BigDecimal(value);
    }

    private static void assertProblem(Runnable check, ProblemType type) {
        assertThatThrownBy(check::run)
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(type));
    }
}
