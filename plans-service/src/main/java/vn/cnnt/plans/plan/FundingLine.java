package vn.cnnt.plans.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One line of a plan's funding table, an estimate (dự kiến), never spendable money: a year or, with no year, the
 * whole period; a source (OTHER money names its programme); optionally a task; an amount in đồng.
 */
@Entity
@Table(name = "plan_funding_line")
public class FundingLine {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    public int position;
    /** The fiscal year, or null for the whole period of the plan. */
    public Integer year;

    @Enumerated(EnumType.STRING)
    public FundingSource source;

    /** For OTHER money: the programme it comes from (lồng ghép). */
    @Enumerated(EnumType.STRING)
    public OtherProgramme programme;

    public String programmeName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    public PlanTask task;

    public long amountVnd;
}
