package vn.cnnt.ocop.criteria.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.cnnt.ocop.CouncilLevel;
import vn.cnnt.ocop.criteria.RecognitionRule;
import vn.cnnt.ocop.criteria.Regime;
import vn.cnnt.ocop.criteria.StarBands;

@ApplicationScoped
public class RegimeRepository implements PanacheRepositoryBase<Regime, String> {

    /** The regime in force on a date (regimes never overlap). */
    public Optional<Regime> inForceOn(LocalDate date) {
        return find("effectiveFrom <= ?1 and (effectiveTo is null or effectiveTo >= ?1)", date)
                .firstResultOptional();
    }

    public List<Regime> allByDate() {
        return list("order by effectiveFrom");
    }

    public StarBands starBands(String regimeCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("SELECT stars, min_score FROM ocop_star_band WHERE regime_code = :r")
                .setParameter("r", regimeCode)
                .getResultList();
        return new StarBands(rows.stream()
                .collect(Collectors.toMap(
                        r -> ((Number) r[0]).intValue(), r -> (BigDecimal) r[1], (a, b) -> a, TreeMap::new)));
    }

    public List<RecognitionRule> recognitionRules(String regimeCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("""
                        SELECT council_level, min_stars, max_stars FROM ocop_recognition_rule WHERE regime_code = :r
                        ORDER BY min_stars""")
                .setParameter("r", regimeCode)
                .getResultList();
        return rows.stream()
                .map(r -> new RecognitionRule(
                        CouncilLevel.valueOf((String) r[0]), ((Number) r[1]).intValue(), ((Number) r[2]).intValue()))
                .toList();
    }

    public Optional<RecognitionRule> recognitionRule(String regimeCode, CouncilLevel level) {
        return recognitionRules(regimeCode).stream()
                .filter(r -> r.level() == level)
                .findFirst();
    }
}
