package vn.cnnt.ocop.evaluation;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One council member's scoring sheet (phiếu chấm điểm) as recorded. */
@Embeddable
public class MemberSheet {

    public String memberName;

    public BigDecimal totalScore;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Choice> choices;
}
