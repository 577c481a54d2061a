package vn.cnnt.funding.ledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cnnt.funding.ledger.ActivityType;
import vn.cnnt.funding.ledger.SupportCeiling;

/**
 * The arithmetic of {@link SupportCeilings} alone, without Quarkus: TT 28/2018/TT-BTC as amended by TT 64/2024
 * (DOMAIN.md §2), at its boundaries. Figures in đồng; 1 triệu = 1 000 000.
 */
class SupportCeilingsTest {

    private static final long TRIEU = 1_000_000L;

    @ParameterizedTest(name = "total {0}, share {1}, cap {2}, received {3}: at most {4}")
    @CsvSource({
        // Demonstration model: ≤ 30 % of the cost and ≤ 1 000 triệu per model.
        "3000000000, 0.30, 1000000000, 0, 900000000",
        "3333333333, 0.30, 1000000000, 0, 999999999",
        "3333333334, 0.30, 1000000000, 0, 1000000000",
        "5000000000, 0.30, 1000000000, 0, 1000000000",
        // The share is rounded down to the đồng: never above 30 %.
        "1000000001, 0.30, 1000000000, 0, 300000000",
        // Machinery: ≤ 50 % and ≤ 300 triệu per establishment and year, what it already received counting.
        "500000000, 0.50, 300000000, 0, 250000000",
        "1000000000, 0.50, 300000000, 0, 300000000",
        "1000000000, 0.50, 300000000, 200000000, 100000000",
        "1000000000, 0.50, 300000000, 300000000, 0",
        // A whole technology line: the same cap raised to 1.5 × (450 triệu), not a second cap that adds up.
        "1000000000, 0.50, 450000000, 0, 450000000",
        "1000000000, 0.50, 450000000, 300000000, 150000000",
    })
    void supportIsCappedByTheShareOfTheCostAndByTheAmountLeft(
            long totalCostVnd, String maxShare, long maxAmountVnd, long alreadyReceivedVnd, long limit) {
        assertThat(SupportCeilings.supportLimit(
                        totalCostVnd, ceiling(maxShare, maxAmountVnd, null), alreadyReceivedVnd))
                .isEqualTo(limit);
    }

    @Test
    void whatWasReceivedBeyondTheCapLeavesNothing() {
        assertThat(SupportCeilings.supportLimit(1000 * TRIEU, ceiling("0.50", 300 * TRIEU, null), 350 * TRIEU))
                .isNegative();
    }

    @Test
    void theLeastCounterpartIsRoundedUpToTheDong() {
        assertThat(SupportCeilings.leastCounterpart(1000 * TRIEU, new BigDecimal("0.20")))
                .isEqualTo(200 * TRIEU);
        assertThat(SupportCeilings.leastCounterpart(1000 * TRIEU + 1, new BigDecimal("0.20")))
                .isEqualTo(200 * TRIEU + 1);
        assertThat(SupportCeilings.leastCounterpart(0, new BigDecimal("0.20"))).isZero();
    }

    @Test
    void machineryAndAWholeTechnologyLineAreOneContent() {
        assertThat(SupportCeilings.sameContent(ActivityType.MACHINERY_AND_TECHNOLOGY_TRANSFER))
                .containsExactlyInAnyOrder(
                        ActivityType.MACHINERY_AND_TECHNOLOGY_TRANSFER, ActivityType.TECHNOLOGY_LINE);
        assertThat(SupportCeilings.sameContent(ActivityType.TECHNOLOGY_LINE))
                .containsExactlyInAnyOrder(
                        ActivityType.MACHINERY_AND_TECHNOLOGY_TRANSFER, ActivityType.TECHNOLOGY_LINE);
        assertThat(SupportCeilings.sameContent(ActivityType.DEMONSTRATION_MODEL))
                .containsExactly(ActivityType.DEMONSTRATION_MODEL);
    }

    private static SupportCeiling ceiling(String maxShare, long maxAmountVnd, String minCounterpartShare) {
        SupportCeiling c = new SupportCeiling();
        c.maxShare = new BigDecimal(maxShare);
        c.maxAmountVnd = maxAmountVnd;
        c.minCounterpartShare = minCounterpartShare == null ? null : new BigDecimal(minCounterpartShare);
        return c;
    }
}
