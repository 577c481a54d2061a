package vn.cnnt.plans.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A task of a plan (nội dung, nhiệm vụ) with its lead agency (cơ quan chủ trì) and targets. */
@Entity
public class PlanTask {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    public int position;
    public String code;
    public String title;
    public String description;

    @Enumerated(EnumType.STRING)
    public TaskCategory category;

    public String leadAgency;

    /** Đơn vị thực hiện, distinct from the lead agency (e.g. the Industrial Promotion Centre under the DOIT). */
    public String implementingUnit;

    /** The task's own legal bases, where it cites some beyond the plan's. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<LegalBasis> legalBases = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> coordinatingAgencies = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Target> targets = new ArrayList<>();
}
