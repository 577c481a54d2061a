package vn.cnnt.ocop.product.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.cnnt.kit.persistence.QueryFilter;
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
        return QueryFilter.of()
                .when(!c.allProvinces(), "p.currentProvinceCode = :province", "province", c.currentProvinceCode())
                .equal("p.stars", c.stars())
                .equal("p.categoryCode", c.categoryCode())
                .equal("p.producer.id", c.producerId())
                .equal("p.certificateStatus", c.certificateStatus())
                .containsAll("p.searchText", TextSearch.likePatterns(c.text()))
                .greater("p.id", c.afterId())
                .query(
                        getEntityManager(),
                        "SELECT p FROM Product p JOIN FETCH p.producer",
                        "ORDER BY p.id",
                        Product.class)
                .setMaxResults(limit)
                .getResultList();
    }

    public Optional<Product> withProducer(UUID id) {
        return find("from Product p join fetch p.producer where p.id = ?1", id).firstResultOptional();
    }

    /** The products of these ids with their producers, in one query; no lock of its own (callers lock first). */
    public List<Product> withProducers(Collection<UUID> ids) {
        return list("from Product p join fetch p.producer where p.id in ?1", ids);
    }
}
