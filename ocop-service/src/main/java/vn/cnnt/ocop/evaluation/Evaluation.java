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

    public UUID productId;

    public UUID criteriaSetId;

    public String regimeCode;

    @Enumerated(EnumType.STRING)
    public CouncilLevel councilLevel;

    public String round;

    public String decisionNumber;

    public LocalDate decisionDate;

    @Column(name = "part_a_score")
    public BigDecimal partAScore;

    @Column(name = "part_b_score")
    public BigDecimal partBScore;

    @Column(name = "part_c_score")
    public BigDecimal partCScore;

    public BigDecimal averageScore;

    public int scoreStars;

    public int stars;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<MissedMandatory> missedMandatory;

    @Enumerated(EnumType.STRING)
    public CouncilLevel proposedToLevel;

    public UUID certificateId;

    public String provinceCode;

    public String currentProvinceCode;

    public String preScreeningCommuneCode;

    public String preScreeningDecisionNumber;

    public java.time.LocalDate preScreeningDecisionDate;

    /** Scored with an illustrative sheet (phiếu minh họa), not an official Annex III one. */
    public boolean illustrativeSheet;

    public Instant createdAt;

    public String createdBy;

    @ElementCollection
    @CollectionTable(name = "ocop_evaluation_sheet", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "member_no")
    public List<MemberSheet> sheets = new ArrayList<>();

    @Version
    public long version;
}
