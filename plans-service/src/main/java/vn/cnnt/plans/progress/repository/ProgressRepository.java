package vn.cnnt.plans.progress.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.cnnt.plans.progress.CertifiedProduct;
import vn.cnnt.plans.progress.PlanCommitment;

@ApplicationScoped
public class ProgressRepository implements PanacheRepositoryBase<PlanCommitment, UUID> {

    public List<PlanCommitment> ofPlan(UUID planId) {
        return list("planId", planId);
    }

    public CertifiedProduct certificate(UUID productId) {
        return getEntityManager().find(CertifiedProduct.class, productId);
    }

    public void persistCertificate(CertifiedProduct product) {
        getEntityManager().persist(product);
    }

    /** Products of a province holding a valid certificate of 3 stars or more, recognised within the dates. */
    public long certifiedProducts(String currentProvinceCode, LocalDate from, LocalDate to) {
        return getEntityManager().createQuery("""
                SELECT count(c) FROM CertifiedProduct c WHERE c.currentProvinceCode = :p AND c.stars >= 3
                AND c.status = 'VALID' AND c.decisionDate BETWEEN :from AND :to""", Long.class)
                .setParameter("p", currentProvinceCode).setParameter("from", from).setParameter("to", to).getSingleResult();
    }
}
