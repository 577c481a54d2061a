package vn.cnnt.cluster.industrialcluster.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.cnnt.cluster.industrialcluster.ClusterDecision;
import vn.cnnt.cluster.industrialcluster.IndustrialCluster;
import vn.cnnt.cluster.industrialcluster.Tenant;
import vn.cnnt.kit.outbox.Outbox;

/** The events of cluster.events.v1, recorded in the outbox of the business transaction, keyed by cluster id. */
@ApplicationScoped
class ClusterEvents {

    static final String AGGREGATE = "cluster";
    static final String STATUS_CHANGED = "vn.cnnt.cluster.cluster.status-changed.v1";
    static final String EXPANDED = "vn.cnnt.cluster.cluster.expanded.v1";
    static final String TENANT_ADMITTED = "vn.cnnt.cluster.tenant.admitted.v1";
    static final String TENANT_LEFT = "vn.cnnt.cluster.tenant.left.v1";

    private final Outbox outbox;

    ClusterEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void statusChanged(IndustrialCluster c, ClusterDecision d) {
        outbox.record(AGGREGATE, c.id, c.version, STATUS_CHANGED, ClusterMapper.event(c, d));
    }

    void expanded(IndustrialCluster c, ClusterDecision d) {
        outbox.record(AGGREGATE, c.id, c.version, EXPANDED, ClusterMapper.event(c, d));
    }

    void tenantAdmitted(IndustrialCluster c, Tenant t) {
        outbox.record(AGGREGATE, c.id, c.version, TENANT_ADMITTED, ClusterMapper.event(c, t));
    }

    void tenantLeft(IndustrialCluster c, Tenant t) {
        outbox.record(AGGREGATE, c.id, c.version, TENANT_LEFT, ClusterMapper.event(c, t));
    }
}
