package vn.cnnt.plans.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** One line of a plan's funding table: a year, a source, optionally a task, an amount in đồng. */
@Entity
@Table(name = "plan_funding_line")
public class FundingLine {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    public int position;
    public int year;

    @Enumerated(EnumType.STRING)
    public FundingSource source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    public PlanTask task;

    @Column(name = "amount_vnd")
    public long amountVnd;
}
