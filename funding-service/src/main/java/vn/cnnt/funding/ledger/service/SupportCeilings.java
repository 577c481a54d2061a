package vn.cnnt.funding.ledger.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import vn.cnnt.funding.ledger.Commitment;
import vn.cnnt.funding.ledger.Envelope;
import vn.cnnt.funding.ledger.SupportCeiling;
import vn.cnnt.funding.ledger.repository.LedgerRepository;

/**
 * Enforces the support ceilings in force on the decision date: a province's own level (HĐND resolution) before the
 * nationwide one, a source-specific level before the general one.
 */
@ApplicationScoped
public class SupportCeilings {

    private final LedgerRepository ledger;

    SupportCeilings(LedgerRepository ledger) {
        this.ledger = ledger;
    }

    void check(Commitment c, Envelope e, LocalDate decisionDate) {
        List<SupportCeiling> ceilings = ledger.ceilings(c.activityType.name(), e.source.name(), e.provinceCode, decisionDate);
        if (ceilings.isEmpty()) {
            return;
        }
        SupportCeiling ceiling = ceilings.getFirst();
        long byShare = BigDecimal.valueOf(c.eligibleCostVnd).multiply(ceiling.maxShare).setScale(0, RoundingMode.FLOOR).longValueExact();
        long limit = Math.min(byShare, ceiling.maxAmountVnd);
        if (c.supportVnd > limit) {
            throw FundingProblems.SUPPORT_ABOVE_CEILING.exception(String.format(
                    "%s support is at most %s %% of the eligible cost and %,d đồng (%s%s): at most %,d đồng here, asked %,d",
                    c.activityType, ceiling.maxShare.movePointRight(2).stripTrailingZeros().toPlainString(), ceiling.maxAmountVnd,
                    ceiling.legalBasis, ceiling.provinceCode == null ? "" : ", province " + ceiling.provinceCode, limit, c.supportVnd));
        }
    }
}
