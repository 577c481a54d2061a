package vn.cnnt.ocop.criteria;

import jakarta.persistence.Column;
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

    @Column(name = "category_code")
    public String categoryCode;

    @Column(name = "regime_code")
    public String regimeCode;

    @Column(name = "sheet_version")
    public int sheetVersion;

    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    public Sheet sheet;

    /** An illustrative sheet (phiếu minh họa) that follows Annex III's structure, not its official items. */
    public boolean illustrative;

    /** From this day the sheet scores no new evaluation (an administrator retired it); null while in use. */
    @Column(name = "retired_on")
    public java.time.LocalDate retiredOn;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
