package vn.cnnt.cluster.industrialcluster.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.cnnt.cluster.industrialcluster.Tenant;
import vn.cnnt.cluster.industrialcluster.TenantStatus;

@ApplicationScoped
public class TenantRepository implements PanacheRepositoryBase<Tenant, UUID> {

    public List<Tenant> page(UUID clusterId, TenantStatus status, UUID afterId, int limit) {
        String q = "clusterId = :c" + (status == null ? "" : " and status = :s")
                + (afterId == null ? "" : " and id > :after");
        var params = io.quarkus.panache.common.Parameters.with("c", clusterId);
        if (status != null) {
            params.and("s", status);
        }
        if (afterId != null) {
            params.and("after", afterId);
        }
        return find(q + " order by id", params).page(0, limit).list();
    }
}
