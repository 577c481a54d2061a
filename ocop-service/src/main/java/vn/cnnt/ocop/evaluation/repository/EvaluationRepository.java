package vn.cnnt.ocop.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.ocop.evaluation.Evaluation;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepositoryBase<Evaluation, UUID> {

    /** Filters of a list; nulls are no filter. Newest decision first, keyset on (decision date, id). */
    public record Criteria(
            boolean allProvinces, String currentProvinceCode, UUID productId, PageRequest.DateAndId after) {}

    public List<Evaluation> search(Criteria c, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!c.allProvinces()) {
            where.append(" and currentProvinceCode = :province");
            params.put("province", c.currentProvinceCode());
        }
        if (c.productId() != null) {
            where.append(" and productId = :product");
            params.put("product", c.productId());
        }
        if (c.after() != null) {
            where.append(" and (decisionDate < :afterDate or (decisionDate = :afterDate and id < :afterId))");
            params.put("afterDate", c.after().date());
            params.put("afterId", c.after().id());
        }
        return find(where + " order by decisionDate desc, id desc", params)
                .page(0, limit)
                .list();
    }
}
