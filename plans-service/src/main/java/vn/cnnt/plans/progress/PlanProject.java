package vn.cnnt.plans.progress;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/**
 * A project (đề án khuyến công) that carries out a plan, with its money by stage as funding-service's newest event says
 * (figures are totals, not deltas). Its support is public money of one source; its counterpart and other money are its
 * budget lines.
 */
@Entity
public class PlanProject {

    @Id
    public UUID projectId;

    public UUID planId;

    public UUID taskId;

    public String source;
    public Integer year;
    public String status;

    public long committedVnd;

    public long disbursedVnd;

    public long acceptedVnd;

    public long settledVnd;

    public long counterpartVnd;

    public long otherVnd;

    public long eventVersion;
}
