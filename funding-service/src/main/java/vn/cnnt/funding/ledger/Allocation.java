package vn.cnnt.funding.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An allocation (dự toán được giao): spendable money of one province, fiscal year and public source, by decision of
 * the ministry (NATIONAL) or the province (LOCAL). Its balances move only with journal entries in the same transaction;
 * the database refuses committed above allocated.
 */
@Entity
@Table(name = "allocation")
public class Allocation {

    @Id
    public UUID id;

    @Version
    public long version;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "current_province_code")
    public String currentProvinceCode;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Enumerated(EnumType.STRING)
    public FundingSource source;

    @Column(name = "allocated_vnd")
    public long allocatedVnd;

    @Column(name = "committed_vnd")
    public long committedVnd;

    @Column(name = "disbursed_vnd")
    public long disbursedVnd;

    public boolean frozen;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    /** MINISTRY or PROVINCE. */
    @Column(name = "decided_by")
    public String decidedBy;

    /** DECISION, or PLAN_LEGACY for an envelope opened from a plan before allocations existed. */
    public String origin;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    public long availableVnd() {
        return frozen ? 0 : allocatedVnd - committedVnd;
    }
}
