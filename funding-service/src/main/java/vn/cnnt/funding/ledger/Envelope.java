package vn.cnnt.funding.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A budget envelope (dự toán) of one province, plan, fiscal year and source. Its balances move only with
 * journal entries in the same transaction; the database refuses committed above budget.
 */
@Entity
@Table(name = "envelope")
public class Envelope {

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

    @Column(name = "budget_vnd")
    public long budgetVnd;

    @Column(name = "committed_vnd")
    public long committedVnd;

    @Column(name = "disbursed_vnd")
    public long disbursedVnd;

    public boolean frozen;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    public long availableVnd() {
        return frozen ? 0 : budgetVnd - committedVnd;
    }
}
