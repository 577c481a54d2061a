package vn.cnnt.plans.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A plan, scheme or programme issued by a People's Committee. It keeps the province code valid when it was
 * issued and the current unit that holds that province today (for scoping and search after the 2025 reform).
 */
@Entity
public class Plan {

    @Id
    public UUID id;

    @Version
    public long version;

    @Enumerated(EnumType.STRING)
    public PlanKind kind;

    public String title;

    public String provinceCode;

    public String currentProvinceCode;

    public String documentNumber;

    /** The number without its leading zero ("8/KH-UBND" for "08/KH-UBND"): what searches compare. */
    public String documentKey;

    public int documentSeq;

    public int documentYear;

    public String documentType;

    public String documentIssuer;

    public String issuingAuthority;

    public String signer;

    public LocalDate issuedOn;

    public LocalDate effectiveOn;

    public int periodFrom;

    public int periodTo;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<LegalBasis> legalBases = new ArrayList<>();

    /** Đơn vị thực hiện, where the document names one distinct from the lead agencies of its tasks. */
    public String implementingUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Plan parent;

    public String purposes;

    @Enumerated(EnumType.STRING)
    public PlanStatus status;

    public int amendmentCount;

    /** The decision of the latest lifecycle step that carried one (approval or cancellation). */
    public String decisionNumber;

    /** The note or reason of the latest lifecycle step. */
    public String statusNote;

    /** The plan that replaced this one, when it is entered here (SUPERSEDED). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superseded_by_plan_id")
    public Plan supersededByPlan;

    /** The number of the replacing document, as written (SUPERSEDED). */
    public String supersededByDocument;

    public LocalDate supersededOn;

    public String searchText;

    /**
     * The sum of the funding lines, kept by the database (a trigger on the lines) for the lists: never written here.
     */
    @Column(insertable = false, updatable = false)
    public long fundingTotalVnd;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<PlanTask> tasks = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<FundingLine> fundingLines = new ArrayList<>();

    public Instant createdAt;

    public String createdBy;

    public Instant updatedAt;

    public String updatedBy;
}
