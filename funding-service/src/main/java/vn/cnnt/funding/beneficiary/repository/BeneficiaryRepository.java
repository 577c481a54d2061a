package vn.cnnt.funding.beneficiary.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import vn.cnnt.funding.beneficiary.Beneficiary;
import vn.cnnt.kit.text.TextSearch;

@ApplicationScoped
public class BeneficiaryRepository implements PanacheRepositoryBase<Beneficiary, UUID> {

    public boolean taxCodeTaken(String taxCode) {
        return count("taxCode", taxCode) > 0;
    }

    public List<Beneficiary> search(String currentProvince, String taxCode, String text, UUID afterId, int limit) {
        StringBuilder q = new StringBuilder("FROM Beneficiary b WHERE 1 = 1");
        var params = new HashMap<String, Object>();
        if (currentProvince != null) {
            q.append(" AND b.currentProvinceCode = :p");
            params.put("p", currentProvince);
        }
        if (taxCode != null) {
            q.append(" AND b.taxCode = :t");
            params.put("t", taxCode);
        }
        List<String> patterns = TextSearch.likePatterns(text);
        for (int i = 0; i < patterns.size(); i++) {
            q.append(" AND b.searchText LIKE :q").append(i);
            params.put("q" + i, patterns.get(i));
        }
        if (afterId != null) {
            q.append(" AND b.id > :after");
            params.put("after", afterId);
        }
        var query = getEntityManager()
                .createQuery(q.append(" ORDER BY b.id").toString(), Beneficiary.class)
                .setMaxResults(limit);
        params.forEach(query::setParameter);
        return query.getResultList();
    }
}
