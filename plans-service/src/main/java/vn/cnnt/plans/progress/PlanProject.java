package vn.cnnt.plans.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A project (đề án khuyến công) that carries out a plan, with its money by stage as funding-service's newest event says
 * (figures are totals, not deltas). Its support is public money of one source; its counterpart and other money are its
 * budget lines.
 */
@Entity
@Table(name = "plan_project")
public class PlanProject {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "task_id")
    public UUID taskId;

    public String source;
    public Integer year;
    public String status;

    @Column(name = "committed_vnd")
    public long committedVnd;

    @Column(name = "disbursed_vnd")
    public long disbursedVnd;

    @Column(name = "accepted_vnd")
    public long acceptedVnd;

    @Column(name = "settled_vnd")
    public long settledVnd;

    @Column(name = "counterpart_vnd")
    public long counterpartVnd;

    @Column(name = "other_vnd")
    public long otherVnd;

    @Column(name = "event_version")
    public long eventVersion;
}
