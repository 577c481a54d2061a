package vn.cnnt.funding.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A ceiling on support for an activity: a share of eligible cost and an amount; per source and province where set. */
@Entity
@Table(name = "support_ceiling")
public class SupportCeiling {

    @Id
    public UUID id;

    @Column(name = "activity_type")
    public String activityType;

    public String source;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "max_share")
    public BigDecimal maxShare;

    @Column(name = "max_amount_vnd")
    public long maxAmountVnd;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(name = "legal_basis")
    public String legalBasis;
    /** DECISION: the amount caps one support decision; ESTABLISHMENT_YEAR: all of a beneficiary's support for the activity in a year. */
    @Column(name = "amount_scope")
    public String amountScope;

    /** The least share of the total cost the beneficiary's counterpart must cover, where the province requires one. */
    @Column(name = "min_counterpart_share")
    public BigDecimal minCounterpartShare;

    @Column(name = "created_by")
    public String createdBy;

    public boolean perEstablishment() {
        return "ESTABLISHMENT_YEAR".equals(amountScope);
    }
}
