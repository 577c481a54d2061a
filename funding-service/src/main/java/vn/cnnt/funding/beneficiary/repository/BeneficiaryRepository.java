package vn.cnnt.funding.beneficiary.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.cnnt.funding.beneficiary.Beneficiary;
import vn.cnnt.kit.persistence.QueryFilter;
import vn.cnnt.kit.text.TextSearch;

@ApplicationScoped
public class BeneficiaryRepository implements PanacheRepositoryBase<Beneficiary, UUID> {

    public boolean taxCodeTaken(String taxCode) {
        return count("taxCode", taxCode) > 0;
    }

    public List<Beneficiary> search(String currentProvince, String taxCode, String text, UUID afterId, int limit) {
        return QueryFilter.of()
                .equal("b.currentProvinceCode", currentProvince)
                .equal("b.taxCode", taxCode)
                .containsAll("b.searchText", TextSearch.likePatterns(text))
                .greater("b.id", afterId)
                .query(getEntityManager(), "FROM Beneficiary b", "ORDER BY b.id", Beneficiary.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
