package vn.cnnt.plans.progress;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** An allocation (dự toán được giao) whose decision names a plan: its allocated total after the newest decision. */
@Entity
public class PlanAllocation {

    @Id
    public UUID allocationId;

    public UUID planId;

    public String source;
    public int year;

    public long allocatedVnd;

    public long eventVersion;
}
