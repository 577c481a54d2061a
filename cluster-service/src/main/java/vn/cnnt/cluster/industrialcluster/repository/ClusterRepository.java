package vn.cnnt.cluster.industrialcluster.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.cnnt.cluster.industrialcluster.AreaOccupancy;
import vn.cnnt.cluster.industrialcluster.ClusterStatus;
import vn.cnnt.cluster.industrialcluster.EstablishmentScope;
import vn.cnnt.cluster.industrialcluster.IndustrialCluster;
import vn.cnnt.cluster.industrialcluster.Occupancy;
import vn.cnnt.kit.persistence.QueryFilter;
import vn.cnnt.kit.text.TextSearch;

@ApplicationScoped
public class ClusterRepository implements PanacheRepositoryBase<IndustrialCluster, UUID> {

    /** The statuses that count for the establishment rule, from {@link ClusterStatus#established()}. */
    private static final List<String> ESTABLISHED = Arrays.stream(ClusterStatus.values())
            .filter(ClusterStatus::established)
            .map(Enum::name)
            .toList();

    /** The row lock that serialises every change of a cluster's leased land and status. */
    public Optional<IndustrialCluster> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Serialises establishments within a province until the transaction ends, so two decisions cannot both rely on
     * the same occupancy figures.
     */
    public void lockProvinceForEstablishment(String currentProvince) {
        getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('cluster-establishment-' || :p))")
                .setParameter("p", currentProvince)
                .getSingleResult();
    }

    public boolean nameTaken(String provinceCode, String name, UUID except) {
        return count(
                        "provinceCode = ?1 and name = ?2 and id <> ?3",
                        provinceCode,
                        name,
                        except == null ? new UUID(0, 0) : except)
                > 0;
    }

    /** Keyset page in id order; every word of {@code q} must occur in the search text. */
    public List<IndustrialCluster> search(
            String currentProvince, ClusterStatus status, String q, UUID afterId, int limit) {
        return QueryFilter.of()
                .equal("c.currentProvinceCode", currentProvince)
                .equal("c.status", status)
                .containsAll("c.searchText", TextSearch.likePatterns(q))
                .greater("c.id", afterId)
                .query(getEntityManager(), "FROM IndustrialCluster c", "ORDER BY c.id", IndustrialCluster.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The established, not withdrawn clusters of "the area" of the establishment rule, except the cluster being
     * established: the district (by the province code valid when planned: district codes are of that list), the
     * commune, or the whole current province.
     */
    public AreaOccupancy areaOccupancy(EstablishmentScope scope, IndustrialCluster of) {
        String sql = """
                SELECT count(*), coalesce(sum(%s), 0), coalesce(sum(industrial_land_ha - leased_ha), 0)
                FROM industrial_cluster
                WHERE status IN (:established) AND id <> :except""".formatted(Occupancy.RATE_SQL)
                + " AND "
                + switch (scope) {
                    case DISTRICT -> "province_code = :p AND district_code = :unit";
                    case COMMUNE -> "current_province_code = :p AND commune_code = :unit";
                    case PROVINCE -> "current_province_code = :p";
                };
        var query = getEntityManager()
                .createNativeQuery(sql)
                .setParameter("established", ESTABLISHED)
                .setParameter("except", of.id);
        switch (scope) {
            case DISTRICT -> query.setParameter("p", of.provinceCode).setParameter("unit", of.districtCode);
            case COMMUNE -> query.setParameter("p", of.currentProvinceCode).setParameter("unit", of.communeCode);
            case PROVINCE -> query.setParameter("p", of.currentProvinceCode);
        }
        Object[] row = (Object[]) query.getSingleResult();
        return new AreaOccupancy(((Number) row[0]).longValue(), (BigDecimal) row[1], (BigDecimal) row[2]);
    }
}
