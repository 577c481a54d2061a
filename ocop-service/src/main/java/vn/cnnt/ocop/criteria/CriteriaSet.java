package vn.cnnt.ocop.criteria;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The scoring sheet of one category under one regime, in numbered versions. */
@Entity
@Table(name = "ocop_criteria_set")
public class CriteriaSet {

    @Id
    public UUID id;

    public String categoryCode;

    public String regimeCode;

    public int sheetVersion;

    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    public Sheet sheet;

    /** An illustrative sheet (phiếu minh họa) that follows Annex III's structure, not its official items. */
    public boolean illustrative;

    /** From this day the sheet scores no new evaluation (an administrator retired it); null while in use. */
    public java.time.LocalDate retiredOn;

    public Instant createdAt;

    @Version
    public long version;
}
