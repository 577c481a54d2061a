package vn.cnnt.cluster.industrialcluster.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.cnnt.cluster.industrialcluster.ClusterStatus;
import vn.cnnt.cluster.industrialcluster.DeveloperKind;
import vn.cnnt.cluster.industrialcluster.Occupancy;
import vn.cnnt.kit.money.Sums;

/** Aggregates computed in PostgreSQL, so a report never loads whole tables into the service. */
@ApplicationScoped
public class ClusterReportRepository {

    private final EntityManager em;

    ClusterReportRepository(EntityManager em) {
        this.em = em;
    }

    /** Current figures per status, for one current province or (null) the country. */
    public List<StatusFigures> byStatus(String currentProvince) {
        String sql =
                """
                SELECT status, count(*), sum(total_area_ha), sum(industrial_land_ha), sum(leased_ha), sum(%s)
                FROM industrial_cluster %s GROUP BY status""".formatted(Occupancy.RATE_SQL, currentProvince == null ? "" : "WHERE current_province_code = :p");
        var query = em.createNativeQuery(sql);
        if (currentProvince != null) {
            query.setParameter("p", currentProvince);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new StatusFigures(
                        ClusterStatus.valueOf((String) r[0]),
                        ((Number) r[1]).longValue(),
                        (BigDecimal) r[2],
                        (BigDecimal) r[3],
                        (BigDecimal) r[4],
                        (BigDecimal) r[5]))
                .toList();
    }

    /**
     * Each cluster with a decision by the cut-off, in the status and areas of its last decision by then, with the
     * tenants whose lease had started and who had not left by then.
     */
    public List<ReportRow> asOf(String currentProvince, LocalDate cutoff) {
        String sql = """
                WITH state AS (
                    SELECT DISTINCT ON (d.cluster_id) d.cluster_id, d.status, d.total_area_ha, d.industrial_land_ha
                    FROM cluster_decision d JOIN industrial_cluster c ON c.id = d.cluster_id
                    WHERE d.decision_date <= :cutoff %s
                    ORDER BY d.cluster_id, d.decision_date DESC, d.id DESC),
                leases AS (
                    SELECT t.cluster_id, count(*) AS tenants, sum(t.leased_ha) AS leased,
                           sum(t.registered_capital_vnd) AS capital, sum(t.jobs) AS jobs
                    FROM cluster_tenant t JOIN state s ON s.cluster_id = t.cluster_id
                    WHERE t.lease_start <= :cutoff AND (t.left_on IS NULL OR t.left_on > :cutoff)
                    GROUP BY t.cluster_id)
                SELECT c.id, c.name, c.province_code, s.status, s.total_area_ha, s.industrial_land_ha,
                       coalesce(l.leased, 0), coalesce(l.tenants, 0), coalesce(l.capital, 0), coalesce(l.jobs, 0),
                       c.developer_kind, c.developer_name, c.developer_tax_code, c.total_investment_vnd, c.state_support_vnd
                FROM state s JOIN industrial_cluster c ON c.id = s.cluster_id LEFT JOIN leases l ON l.cluster_id = s.cluster_id
                ORDER BY c.name, c.id""".formatted(currentProvince == null ? "" : "AND c.current_province_code = :p");
        var query = em.createNativeQuery(sql).setParameter("cutoff", cutoff);
        if (currentProvince != null) {
            query.setParameter("p", currentProvince);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new ReportRow(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        ClusterStatus.valueOf((String) r[3]),
                        (BigDecimal) r[4],
                        (BigDecimal) r[5],
                        (BigDecimal) r[6],
                        Sums.exact(r[7], "of tenants"),
                        Sums.exact(r[8], "of registered capital"),
                        Sums.exact(r[9], "of jobs"),
                        r[10] == null ? null : DeveloperKind.valueOf((String) r[10]),
                        (String) r[11],
                        (String) r[12],
                        r[13] == null ? null : ((Number) r[13]).longValue(),
                        ((Number) r[14]).longValue()))
                .toList();
    }
}
