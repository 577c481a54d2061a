package vn.cnnt.ocop.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.cnnt.ocop.CouncilLevel;

/** A council's evaluation and grading (đánh giá, phân hạng) of a product, with its recognition decision. */
@Entity
@Table(name = "ocop_evaluation")
public class Evaluation {

    @Id
    public UUID id;

    @Column(name = "product_id")
    public UUID productId;

    @Column(name = "criteria_set_id")
    public UUID criteriaSetId;

    @Column(name = "regime_code")
    public String regimeCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "council_level")
    public CouncilLevel councilLevel;

    public String round;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "part_a_score")
    public BigDecimal partAScore;

    @Column(name = "part_b_score")
    public BigDecimal partBScore;

    @Column(name = "part_c_score")
    public BigDecimal partCScore;

    @Column(name = "average_score")
    public BigDecimal averageScore;

    @Column(name = "score_stars")
    public int scoreStars;

    public int stars;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "missed_mandatory")
    public List<MissedMandatory> missedMandatory;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_to_level")
    public CouncilLevel proposedToLevel;

    @Column(name = "certificate_id")
    public UUID certificateId;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "current_province_code")
    public String currentProvinceCode;

    @Column(name = "pre_screening_commune_code")
    public String preScreeningCommuneCode;

    @Column(name = "pre_screening_decision_number")
    public String preScreeningDecisionNumber;

    @Column(name = "pre_screening_decision_date")
    public java.time.LocalDate preScreeningDecisionDate;

    /** Scored with an illustrative sheet (phiếu minh họa), not an official Annex III one. */
    @Column(name = "illustrative_sheet")
    public boolean illustrativeSheet;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @ElementCollection
    @CollectionTable(name = "ocop_evaluation_sheet", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "member_no")
    public List<MemberSheet> sheets = new ArrayList<>();

    @Version
    public long version;
}
