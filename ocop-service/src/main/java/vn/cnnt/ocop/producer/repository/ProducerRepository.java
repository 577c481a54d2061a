package vn.cnnt.ocop.producer.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.cnnt.kit.persistence.QueryFilter;
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
        return QueryFilter.of()
                .when(!c.allProvinces(), "p.currentProvinceCode = :province", "province", c.currentProvinceCode())
                .equal("p.kind", c.kind())
                .equal("p.taxCode", c.taxCode())
                .containsAll("p.searchText", TextSearch.likePatterns(c.text()))
                .greater("p.id", c.afterId())
                .query(getEntityManager(), "FROM Producer p", "ORDER BY p.id", Producer.class)
                .setMaxResults(limit)
                .getResultList();
    }

    public boolean taxCodeTaken(String taxCode, UUID exceptId) {
        return count("taxCode = ?1 and id <> ?2", taxCode, exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }
}
