package vn.cnnt.plans.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An allocation (dự toán được giao) whose decision names a plan: its allocated total after the newest decision. */
@Entity
@Table(name = "plan_allocation")
public class PlanAllocation {

    @Id
    @Column(name = "allocation_id")
    public UUID allocationId;

    @Column(name = "plan_id")
    public UUID planId;

    public String source;
    public int year;

    @Column(name = "allocated_vnd")
    public long allocatedVnd;

    @Column(name = "event_version")
    public long eventVersion;
}
