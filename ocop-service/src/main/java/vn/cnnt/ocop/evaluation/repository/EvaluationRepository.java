package vn.cnnt.ocop.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.persistence.QueryFilter;
import vn.cnnt.ocop.evaluation.Evaluation;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepositoryBase<Evaluation, UUID> {

    /** Filters of a list; nulls are no filter. Newest decision first, keyset on (decision date, id). */
    public record Criteria(
            boolean allProvinces, String currentProvinceCode, UUID productId, PageRequest.DateAndId after) {}

    public List<Evaluation> search(Criteria c, int limit) {
        return QueryFilter.of()
                .when(!c.allProvinces(), "e.currentProvinceCode = :province", "province", c.currentProvinceCode())
                .equal("e.productId", c.productId())
                .before("e.decisionDate", "e.id", c.after())
                .query(
                        getEntityManager(),
                        "FROM Evaluation e",
                        "ORDER BY e.decisionDate DESC, e.id DESC",
                        Evaluation.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
