package vn.cnnt.cluster.industrialcluster.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.cnnt.cluster.industrialcluster.ClusterDecision;

@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<ClusterDecision, Long> {

    public List<ClusterDecision> page(UUID clusterId, long afterId, int limit) {
        return find("clusterId = ?1 and id > ?2 order by id", clusterId, afterId)
                .page(0, limit)
                .list();
    }

    public LocalDate latestDate(UUID clusterId) {
        return getEntityManager()
                .createQuery(
                        "SELECT max(d.decisionDate) FROM ClusterDecision d WHERE d.clusterId = :c", LocalDate.class)
                .setParameter("c", clusterId)
                .getSingleResult();
    }
}
