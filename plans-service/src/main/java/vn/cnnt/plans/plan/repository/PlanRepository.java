package vn.cnnt.plans.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.text.TextSearch;
import vn.cnnt.plans.plan.Plan;
import vn.cnnt.plans.plan.PlanKind;
import vn.cnnt.plans.plan.PlanStatus;
import vn.cnnt.plans.plan.PlanVersion;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /** What a list may be filtered by; nulls are no filter. */
    public record Criteria(
            boolean allProvinces,
            String currentProvinceCode,
            PlanKind kind,
            PlanStatus status,
            Integer periodFrom,
            Integer periodTo,
            String documentNumber,
            String text,
            PageRequest.DateAndId after) {}

    /** A plan of a list page with its funding total, newest issue date first. */
    public record Row(Plan plan, long totalVnd) {}

    public List<Row> search(Criteria c, int limit) {
        StringBuilder jpql = new StringBuilder("""
                SELECT p, (SELECT COALESCE(SUM(l.amountVnd), 0) FROM FundingLine l WHERE l.plan = p) FROM Plan p WHERE 1 = 1""");
        Map<String, Object> params = new HashMap<>();
        if (!c.allProvinces()) {
            jpql.append(" AND p.currentProvinceCode = :province");
            params.put("province", c.currentProvinceCode());
        }
        if (c.kind() != null) {
            jpql.append(" AND p.kind = :kind");
            params.put("kind", c.kind());
        }
        if (c.status() != null) {
            jpql.append(" AND p.status = :status");
            params.put("status", c.status());
        }
        if (c.periodFrom() != null) {
            jpql.append(" AND p.periodTo >= :from");
            params.put("from", c.periodFrom());
        }
        if (c.periodTo() != null) {
            jpql.append(" AND p.periodFrom <= :to");
            params.put("to", c.periodTo());
        }
        if (c.documentNumber() != null) {
            jpql.append(" AND p.documentKey = :number");
            params.put("number", c.documentNumber());
        }
        List<String> patterns = TextSearch.likePatterns(c.text());
        for (int i = 0; i < patterns.size(); i++) {
            jpql.append(" AND p.searchText LIKE :q").append(i);
            params.put("q" + i, patterns.get(i));
        }
        if (c.after() != null) {
            jpql.append(" AND (p.issuedOn < :afterDate OR (p.issuedOn = :afterDate AND p.id < :afterId))");
            params.put("afterDate", c.after().date());
            params.put("afterId", c.after().id());
        }
        jpql.append(" ORDER BY p.issuedOn DESC, p.id DESC");
        var query =
                getEntityManager().createQuery(jpql.toString(), Object[].class).setMaxResults(limit);
        params.forEach(query::setParameter);
        List<Row> rows = new ArrayList<>();
        for (Object[] r : query.getResultList()) {
            rows.add(new Row((Plan) r[0], ((Number) r[1]).longValue()));
        }
        return rows;
    }

    public boolean documentNumberTaken(
            String provinceCode, String issuer, int year, String type, int seq, UUID exceptId) {
        return count(
                        "provinceCode = ?1 and documentIssuer = ?2 and documentYear = ?3 and documentType = ?4 "
                                + "and documentSeq = ?5 and id <> ?6",
                        provinceCode,
                        issuer,
                        year,
                        type,
                        seq,
                        exceptId == null ? new UUID(0, 0) : exceptId)
                > 0;
    }

    public List<PlanVersion> versions(UUID planId) {
        return getEntityManager()
                .createQuery("FROM PlanVersion v WHERE v.planId = :id ORDER BY v.number", PlanVersion.class)
                .setParameter("id", planId)
                .getResultList();
    }

    public void persistVersion(PlanVersion version) {
        getEntityManager().persist(version);
    }

    public void flush() {
        getEntityManager().flush();
    }
}
