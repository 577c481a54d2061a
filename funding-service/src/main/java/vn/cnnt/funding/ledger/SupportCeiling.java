package vn.cnnt.funding.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A ceiling on support for an activity: a share of eligible cost and an amount; per source and province where set. */
@Entity
public class SupportCeiling {

    @Id
    public UUID id;

    public String activityType;

    public String source;

    public String provinceCode;

    public BigDecimal maxShare;

    public long maxAmountVnd;

    public LocalDate effectiveFrom;

    public LocalDate effectiveTo;

    public String legalBasis;
    /** DECISION: the amount caps one support decision; ESTABLISHMENT_YEAR: all of a beneficiary's support for the activity in a year. */
    public String amountScope;

    /** The least share of the total cost the beneficiary's counterpart must cover, where the province requires one. */
    public BigDecimal minCounterpartShare;

    public String createdBy;

    public boolean perEstablishment() {
        return "ESTABLISHMENT_YEAR".equals(amountScope);
    }
}
