package vn.cnnt.funding.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
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
public class Allocation {

    @Id
    public UUID id;

    @Version
    public long version;

    public String provinceCode;

    public String currentProvinceCode;

    public UUID planId;

    public int fiscalYear;

    @Enumerated(EnumType.STRING)
    public FundingSource source;

    public long allocatedVnd;

    public long committedVnd;

    public long disbursedVnd;

    public boolean frozen;

    public String decisionNumber;

    public LocalDate decisionDate;

    /** MINISTRY or PROVINCE. */
    public String decidedBy;

    /** DECISION, or PLAN_LEGACY for an envelope opened from a plan before allocations existed. */
    public String origin;

    public Instant createdAt;

    public String createdBy;

    public long availableVnd() {
        return frozen ? 0 : allocatedVnd - committedVnd;
    }
}
