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
import jakarta.persistence.Table;
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
@Table(name = "plan")
public class Plan {

    @Id
    public UUID id;

    @Version
    public long version;

    @Enumerated(EnumType.STRING)
    public PlanKind kind;

    public String title;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "current_province_code")
    public String currentProvinceCode;

    @Column(name = "document_number")
    public String documentNumber;

    /** The number without its leading zero ("8/KH-UBND" for "08/KH-UBND"): what searches compare. */
    @Column(name = "document_key")
    public String documentKey;

    @Column(name = "document_seq")
    public int documentSeq;

    @Column(name = "document_year")
    public int documentYear;

    @Column(name = "document_type")
    public String documentType;

    @Column(name = "document_issuer")
    public String documentIssuer;

    @Column(name = "issuing_authority")
    public String issuingAuthority;

    public String signer;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Column(name = "period_from")
    public int periodFrom;

    @Column(name = "period_to")
    public int periodTo;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_bases")
    public List<LegalBasis> legalBases = new ArrayList<>();

    /** Đơn vị thực hiện, where the document names one distinct from the lead agencies of its tasks. */
    @Column(name = "implementing_unit")
    public String implementingUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Plan parent;

    public String purposes;

    @Enumerated(EnumType.STRING)
    public PlanStatus status;

    @Column(name = "amendment_count")
    public int amendmentCount;

    /** The decision of the latest lifecycle step that carried one (approval or cancellation). */
    @Column(name = "decision_number")
    public String decisionNumber;

    /** The note or reason of the latest lifecycle step. */
    @Column(name = "status_note")
    public String statusNote;

    /** The plan that replaced this one, when it is entered here (SUPERSEDED). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superseded_by_plan_id")
    public Plan supersededByPlan;

    /** The number of the replacing document, as written (SUPERSEDED). */
    @Column(name = "superseded_by_document")
    public String supersededByDocument;

    @Column(name = "superseded_on")
    public LocalDate supersededOn;

    @Column(name = "search_text")
    public String searchText;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<PlanTask> tasks = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<FundingLine> fundingLines = new ArrayList<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
