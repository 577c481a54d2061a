package vn.cnnt.plans.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** What funding-service has committed and disbursed for a plan, one row per commitment (from its events). */
@Entity
@Table(name = "plan_commitment")
public class PlanCommitment {

    @Id
    @Column(name = "commitment_id")
    public UUID commitmentId;

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
    /** The commitment's version in funding-service: an older event changes nothing. */
    @Column(name = "event_version")
    public long eventVersion;
}
