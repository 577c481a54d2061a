package vn.cnnt.funding.ledger.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import vn.cnnt.funding.beneficiary.service.BeneficiaryService;
import vn.cnnt.funding.ledger.Commitment;
import vn.cnnt.funding.ledger.Envelope;
import vn.cnnt.funding.ledger.SupportCeiling;
import vn.cnnt.funding.ledger.repository.LedgerRepository;

/**
 * Enforces the support ceilings in force on the decision date: a province's own level (HĐND resolution) before the
 * nationwide one, a source-specific level before the general one. A share caps each decision; the amount caps a
 * decision or, for ceilings "per establishment", everything the beneficiary received for the activity in the fiscal year.
 */
@ApplicationScoped
public class SupportCeilings {

    private final LedgerRepository ledger;
    private final BeneficiaryService beneficiaries;

    SupportCeilings(LedgerRepository ledger, BeneficiaryService beneficiaries) {
        this.ledger = ledger;
        this.beneficiaries = beneficiaries;
    }

    /** Called with the commitment and its envelope locked; locks the beneficiary when the ceiling sums its support. */
    void check(Commitment c, Envelope e, LocalDate decisionDate) {
        List<SupportCeiling> ceilings =
                ledger.ceilings(c.activityType.name(), e.source.name(), e.provinceCode, decisionDate);
        if (ceilings.isEmpty()) {
            return;
        }
        SupportCeiling ceiling = ceilings.getFirst();
        long byShare = BigDecimal.valueOf(c.eligibleCostVnd)
                .multiply(ceiling.maxShare)
                .setScale(0, RoundingMode.FLOOR)
                .longValueExact();
        long alreadyReceived = 0;
        if (ceiling.perEstablishment()) {
            beneficiaries.lockForSupport(c.beneficiaryId);
            alreadyReceived = ledger.supportReceived(c.beneficiaryId, c.activityType, e.fiscalYear);
        }
        long limit = Math.min(byShare, ceiling.maxAmountVnd - alreadyReceived);
        if (c.supportVnd > limit) {
            throw FundingProblems.SUPPORT_ABOVE_CEILING.exception(String.format(
                    "%s support is at most %s %% of the eligible cost and %,d đồng %s (%s%s)%s: at most %,d đồng here, asked %,d",
                    c.activityType,
                    ceiling.maxShare.movePointRight(2).stripTrailingZeros().toPlainString(),
                    ceiling.maxAmountVnd,
                    ceiling.perEstablishment() ? "per establishment and year" : "per decision",
                    ceiling.legalBasis,
                    ceiling.provinceCode == null ? "" : ", province " + ceiling.provinceCode,
                    alreadyReceived == 0
                            ? ""
                            : String.format(
                                    "; the beneficiary already received %,d đồng in %d", alreadyReceived, e.fiscalYear),
                    Math.max(limit, 0),
                    c.supportVnd));
        }
    }
}
