package vn.cnnt.ocop.product.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.cnnt.kit.text.TextSearch;
import vn.cnnt.ocop.CertificateStatus;
import vn.cnnt.ocop.product.Product;

@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<Product, UUID> {

    /** Filters of a list; nulls are no filter. */
    public record Criteria(
            boolean allProvinces,
            String currentProvinceCode,
            Integer stars,
            String categoryCode,
            UUID producerId,
            CertificateStatus certificateStatus,
            String text,
            UUID afterId) {}

    /** One keyset page by id, with each product's producer fetched in the same query. */
    public List<Product> search(Criteria c, int limit) {
        StringBuilder jpql = new StringBuilder("select p from Product p join fetch p.producer where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!c.allProvinces()) {
            jpql.append(" and p.currentProvinceCode = :province");
            params.put("province", c.currentProvinceCode());
        }
        if (c.stars() != null) {
            jpql.append(" and p.stars = :stars");
            params.put("stars", c.stars());
        }
        if (c.categoryCode() != null) {
            jpql.append(" and p.categoryCode = :category");
            params.put("category", c.categoryCode());
        }
        if (c.producerId() != null) {
            jpql.append(" and p.producer.id = :producer");
            params.put("producer", c.producerId());
        }
        if (c.certificateStatus() != null) {
            jpql.append(" and p.certificateStatus = :status");
            params.put("status", c.certificateStatus());
        }
        List<String> patterns = TextSearch.likePatterns(c.text());
        for (int i = 0; i < patterns.size(); i++) {
            jpql.append(" and p.searchText like :q").append(i);
            params.put("q" + i, patterns.get(i));
        }
        if (c.afterId() != null) {
            jpql.append(" and p.id > :after");
            params.put("after", c.afterId());
        }
        jpql.append(" order by p.id");
        var query =
                getEntityManager().createQuery(jpql.toString(), Product.class).setMaxResults(limit);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    public Optional<Product> withProducer(UUID id) {
        return find("from Product p join fetch p.producer where p.id = ?1", id).firstResultOptional();
    }

    /** The products of these ids with their producers, in one query; no lock of its own (callers lock first). */
    public List<Product> withProducers(Collection<UUID> ids) {
        return list("from Product p join fetch p.producer where p.id in ?1", ids);
    }
}
