package vn.cnnt.ocop.criteria;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;

/** A legal regime of OCOP grading (1048/QĐ-TTg, 148/QĐ-TTg, 148 as amended by 1489/QĐ-TTg): reference data. */
@Entity
@Table(name = "ocop_regime")
public class Regime {

    @Id
    public String code;

    public String legalBasis;

    public LocalDate effectiveFrom;

    public LocalDate effectiveTo;

    /** Whether a provincial council's evaluation needs the commune's pre-screening first (1489/QĐ-TTg). */
    public boolean communePreScreeningRequired;

    @Column(name = "part_a_max")
    public int partAMax;

    @Column(name = "part_b_max")
    public int partBMax;

    @Column(name = "part_c_max")
    public int partCMax;

    public Map<String, Integer> partMaxima() {
        return Map.of("A", partAMax, "B", partBMax, "C", partCMax);
    }
}
