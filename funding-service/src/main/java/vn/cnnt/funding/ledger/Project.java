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
 * A khuyến công project (đề án khuyến công), national or local: its budget lines (support from its public source +
 * counterpart + other = total cost) and, once approved on an allocation, its money side (committed, disbursed,
 * accepted, settled).
 */
@Entity
public class Project {

    @Id
    public UUID id;

    @Version
    public long version;

    public UUID allocationId;

    public String provinceCode;

    public String currentProvinceCode;

    public UUID planId;

    public UUID planTaskId;

    @Enumerated(EnumType.STRING)
    public FundingSource source;

    public int fiscalYear;

    public int requestedYear;

    public LocalDate registeredOn;

    public UUID beneficiaryId;

    @Enumerated(EnumType.STRING)
    public ActivityType activityType;

    public UUID productId;

    public UUID clusterId;

    public String title;

    public String implementingUnit;

    public String content;
    public String place;

    public LocalDate startsOn;

    public LocalDate endsOn;

    public String expectedOutputs;

    public String deliveredOutputs;

    public long totalCostVnd;

    public long supportVnd;

    public long counterpartVnd;

    public long otherVnd;

    public long disbursedVnd;

    public long acceptedVnd;

    public Long settledVnd;

    @Enumerated(EnumType.STRING)
    public ProjectStatus status;

    public boolean centrallyAppraised;

    /** The approval decision (giao kế hoạch). */
    public String decisionNumber;

    public LocalDate decisionDate;

    public String searchText;

    public Instant createdAt;

    public String createdBy;

    /** Public support committed on its allocation now. */
    public long committedVnd() {
        if (status == ProjectStatus.SETTLED) {
            return settledVnd;
        }
        return ProjectStatus.COMMITTED.contains(status) ? supportVnd : 0;
    }
}
