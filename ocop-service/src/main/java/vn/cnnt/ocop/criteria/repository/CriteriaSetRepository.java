package vn.cnnt.ocop.criteria.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.cnnt.ocop.criteria.CriteriaSet;

@ApplicationScoped
public class CriteriaSetRepository implements PanacheRepositoryBase<CriteriaSet, UUID> {

    /** Sets of a category and/or regime, by id, one keyset page. */
    public List<CriteriaSet> search(String categoryCode, String regimeCode, UUID afterId, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (categoryCode != null) {
            where.append(" and categoryCode = :category");
            params.put("category", categoryCode);
        }
        if (regimeCode != null) {
            where.append(" and regimeCode = :regime");
            params.put("regime", regimeCode);
        }
        if (afterId != null) {
            where.append(" and id > :after");
            params.put("after", afterId);
        }
        return find(where + " order by id", params).page(0, limit).list();
    }

    /** Serialises the loading of sheets of one category and regime until commit, so their versions never collide. */
    public void lockSheetVersions(String categoryCode, String regimeCode) {
        getEntityManager()
                .createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "ocop_criteria_set:" + categoryCode + ":" + regimeCode)
                .getSingleResult();
    }

    public int nextSheetVersion(String categoryCode, String regimeCode) {
        Integer max = getEntityManager()
                .createQuery(
                        "select max(s.sheetVersion) from CriteriaSet s where s.categoryCode = :c and s.regimeCode = :r",
                        Integer.class)
                .setParameter("c", categoryCode)
                .setParameter("r", regimeCode)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public boolean usedByEvaluations(UUID criteriaSetId) {
        return !getEntityManager()
                .createNativeQuery("SELECT 1 FROM ocop_evaluation WHERE criteria_set_id = :id LIMIT 1")
                .setParameter("id", criteriaSetId)
                .getResultList()
                .isEmpty();
    }
}
