package vn.cnnt.ocop.producer.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.cnnt.kit.text.TextSearch;
import vn.cnnt.ocop.producer.Producer;
import vn.cnnt.ocop.producer.ProducerKind;

@ApplicationScoped
public class ProducerRepository implements PanacheRepositoryBase<Producer, UUID> {

    /** Filters of a list; nulls are no filter ({@code currentProvinceCode} null with {@code allProvinces}). */
    public record Criteria(
            boolean allProvinces,
            String currentProvinceCode,
            ProducerKind kind,
            String taxCode,
            String text,
            UUID afterId) {}

    public List<Producer> search(Criteria c, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!c.allProvinces()) {
            where.append(" and currentProvinceCode = :province");
            params.put("province", c.currentProvinceCode());
        }
        if (c.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", c.kind());
        }
        if (c.taxCode() != null) {
            where.append(" and taxCode = :taxCode");
            params.put("taxCode", c.taxCode());
        }
        List<String> patterns = TextSearch.likePatterns(c.text());
        for (int i = 0; i < patterns.size(); i++) {
            where.append(" and searchText like :q").append(i);
            params.put("q" + i, patterns.get(i));
        }
        if (c.afterId() != null) {
            where.append(" and id > :after");
            params.put("after", c.afterId());
        }
        return find(where + " order by id", params).page(0, limit).list();
    }

    public boolean taxCodeTaken(String taxCode, UUID exceptId) {
        return count("taxCode = ?1 and id <> ?2", taxCode, exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }
}
