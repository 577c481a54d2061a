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
 * A khuyến công project (đề án khuyến công), national or local: its budget lines (support from its public source +
 * counterpart + other = total cost) and, once approved on an allocation, its money side (committed, disbursed,
 * accepted, settled).
 */
@Entity
@Table(name = "project")
public class Project {

    @Id
    public UUID id;

    @Version
    public long version;

    @Column(name = "allocation_id")
    public UUID allocationId;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "current_province_code")
    public String currentProvinceCode;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "plan_task_id")
    public UUID planTaskId;

    @Enumerated(EnumType.STRING)
    public FundingSource source;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "requested_year")
    public int requestedYear;

    @Column(name = "registered_on")
    public LocalDate registeredOn;

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

    @Column(name = "implementing_unit")
    public String implementingUnit;

    public String content;
    public String place;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "expected_outputs")
    public String expectedOutputs;

    @Column(name = "delivered_outputs")
    public String deliveredOutputs;

    @Column(name = "total_cost_vnd")
    public long totalCostVnd;

    @Column(name = "support_vnd")
    public long supportVnd;

    @Column(name = "counterpart_vnd")
    public long counterpartVnd;

    @Column(name = "other_vnd")
    public long otherVnd;

    @Column(name = "disbursed_vnd")
    public long disbursedVnd;

    @Column(name = "accepted_vnd")
    public long acceptedVnd;

    @Column(name = "settled_vnd")
    public Long settledVnd;

    @Enumerated(EnumType.STRING)
    public ProjectStatus status;

    @Column(name = "centrally_appraised")
    public boolean centrallyAppraised;

    /** The approval decision (giao kế hoạch). */
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

    /** Public support committed on its allocation now. */
    public long committedVnd() {
        if (status == ProjectStatus.SETTLED) {
            return settledVnd;
        }
        return ProjectStatus.COMMITTED.contains(status) ? supportVnd : 0;
    }
}
