package vn.cnnt.funding.ledger.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.cnnt.funding.FundingProblems;
import vn.cnnt.funding.beneficiary.service.BeneficiaryService;
import vn.cnnt.funding.ledger.ActivityType;
import vn.cnnt.funding.ledger.FundingSource;
import vn.cnnt.funding.ledger.Project;
import vn.cnnt.funding.ledger.SupportCeiling;
import vn.cnnt.funding.ledger.repository.LedgerRepository;

/**
 * The support ceilings in force on a date (a province's own level, by HĐND resolution, before the nationwide one; a
 * source-specific level before the general one). They cap the public support only, never counterpart or other money:
 * a share of the total cost, and an amount per decision or per establishment and year. Machinery and a whole technology
 * line are one activity (TT 28/2018 Art. 8(4)): the line raises the same cap to 1.5 ×, and what an establishment
 * received for either counts against it. A province may require a least counterpart share.
 */
@ApplicationScoped
public class SupportCeilings {

    private static final Set<ActivityType> MACHINERY =
            EnumSet.of(ActivityType.MACHINERY_AND_TECHNOLOGY_TRANSFER, ActivityType.TECHNOLOGY_LINE);

    private final LedgerRepository ledger;
    private final BeneficiaryService beneficiaries;

    SupportCeilings(LedgerRepository ledger, BeneficiaryService beneficiaries) {
        this.ledger = ledger;
        this.beneficiaries = beneficiaries;
    }

    /** The activities that are the same content as this one (the same state support). */
    public static Set<ActivityType> sameContent(ActivityType activity) {
        return MACHINERY.contains(activity) ? MACHINERY : EnumSet.of(activity);
    }

    /** The least counterpart a ceiling requires: its share of the total cost, rounded up to the đồng. */
    static long leastCounterpart(long totalCostVnd, BigDecimal minCounterpartShare) {
        return BigDecimal.valueOf(totalCostVnd)
                .multiply(minCounterpartShare)
                .setScale(0, RoundingMode.CEILING)
                .longValueExact();
    }

    /**
     * The most public support a ceiling allows: its share of the total cost, rounded down to the đồng, and what is left
     * of its amount after what the beneficiary already received (negative when that is already beyond it).
     */
    static long supportLimit(long totalCostVnd, SupportCeiling ceiling, long alreadyReceivedVnd) {
        long byShare = BigDecimal.valueOf(totalCostVnd)
                .multiply(ceiling.maxShare)
                .setScale(0, RoundingMode.FLOOR)
                .longValueExact();
        return Math.min(byShare, ceiling.maxAmountVnd - alreadyReceivedVnd);
    }

    /** At registration: the project's own lines against the ceiling in force on the date. */
    void checkLines(Project p, LocalDate on) {
        check(p, on, false);
    }

    /**
     * At approval, with the project and its allocation locked: locks the beneficiary, refuses a second state support for
     * the same content in the year, and sums what the establishment received where the ceiling is per establishment.
     */
    void checkApproval(Project p, LocalDate on) {
        beneficiaries.lockForSupport(p.beneficiaryId);
        ledger.otherSupport(p.beneficiaryId, sameContent(p.activityType), p.fiscalYear, p.id)
                .ifPresent(other -> {
                    throw FundingProblems.DUPLICATE_STATE_SUPPORT.exception(String.format(
                            "Beneficiary %s already receives %s state support for %s in %d (project %s, %s): the same"
                                    + " content is supported once",
                            p.beneficiaryId, other.source, other.activityType, p.fiscalYear, other.id, other.status));
                });
        check(p, on, true);
    }

    private void check(Project p, LocalDate on, boolean sumEstablishment) {
        FundingSource source = p.source;
        List<SupportCeiling> ceilings = ledger.ceilings(p.activityType.name(), source.name(), p.provinceCode, on);
        if (ceilings.isEmpty()) {
            return;
        }
        SupportCeiling ceiling = ceilings.getFirst();
        if (ceiling.minCounterpartShare != null) {
            long least = leastCounterpart(p.totalCostVnd, ceiling.minCounterpartShare);
            if (p.counterpartVnd < least) {
                throw FundingProblems.COUNTERPART_BELOW_MINIMUM.exception(String.format(
                        "%s needs a counterpart of at least %s %% of the total cost (%s): at least %,d đồng, given %,d",
                        p.activityType,
                        ceiling.minCounterpartShare
                                .movePointRight(2)
                                .stripTrailingZeros()
                                .toPlainString(),
                        ceiling.legalBasis,
                        least,
                        p.counterpartVnd));
            }
        }
        long alreadyReceived = 0;
        if (sumEstablishment && ceiling.perEstablishment()) {
            alreadyReceived = ledger.supportReceived(p.beneficiaryId, sameContent(p.activityType), p.fiscalYear, p.id);
        }
        long limit = supportLimit(p.totalCostVnd, ceiling, alreadyReceived);
        if (p.supportVnd > limit) {
            throw FundingProblems.SUPPORT_ABOVE_CEILING.exception(String.format(
                    "%s support is at most %s %% of the total cost and %,d đồng %s (%s%s)%s: at most %,d đồng here,"
                            + " asked %,d (counterpart and other money are not capped)",
                    p.activityType,
                    ceiling.maxShare.movePointRight(2).stripTrailingZeros().toPlainString(),
                    ceiling.maxAmountVnd,
                    ceiling.perEstablishment() ? "per establishment and year" : "per decision",
                    ceiling.legalBasis,
                    ceiling.provinceCode == null ? "" : ", province " + ceiling.provinceCode,
                    alreadyReceived == 0
                            ? ""
                            : String.format(
                                    "; the beneficiary already received %,d đồng in %d", alreadyReceived, p.fiscalYear),
                    Math.max(limit, 0),
                    p.supportVnd));
        }
    }
}
