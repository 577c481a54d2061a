package vn.cnnt.ocop.criteria.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.cnnt.kit.persistence.QueryFilter;
import vn.cnnt.ocop.criteria.CriteriaSet;

@ApplicationScoped
public class CriteriaSetRepository implements PanacheRepositoryBase<CriteriaSet, UUID> {

    /** Sets of a category and/or regime, by id, one keyset page. */
    public List<CriteriaSet> search(String categoryCode, String regimeCode, UUID afterId, int limit) {
        return QueryFilter.of()
                .equal("s.categoryCode", categoryCode)
                .equal("s.regimeCode", regimeCode)
                .greater("s.id", afterId)
                .query(getEntityManager(), "FROM CriteriaSet s", "ORDER BY s.id", CriteriaSet.class)
                .setMaxResults(limit)
                .getResultList();
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
