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

/** A support decision (quyết định hỗ trợ) for a beneficiary's project, paid from one envelope. */
@Entity
@Table(name = "commitment")
public class Commitment {

    @Id
    public UUID id;

    @Version
    public long version;

    @Column(name = "envelope_id")
    public UUID envelopeId;

    @Column(name = "current_province_code")
    public String currentProvinceCode;

    @Column(name = "plan_task_id")
    public UUID planTaskId;

    @Column(name = "beneficiary_id")
    public UUID beneficiaryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type")
    public ActivityType activityType;

    @Column(name = "product_id")
    public UUID productId;

    @Column(name = "cluster_id")
    public UUID clusterId;

    public String title;

    @Column(name = "eligible_cost_vnd")
    public long eligibleCostVnd;

    @Column(name = "support_vnd")
    public long supportVnd;

    @Column(name = "disbursed_vnd")
    public long disbursedVnd;

    @Column(name = "settled_vnd")
    public Long settledVnd;

    @Enumerated(EnumType.STRING)
    public CommitmentStatus status;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "search_text")
    public String searchText;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
