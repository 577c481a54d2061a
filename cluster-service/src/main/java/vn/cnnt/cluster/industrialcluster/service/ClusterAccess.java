package vn.cnnt.cluster.industrialcluster.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.cnnt.cluster.industrialcluster.IndustrialCluster;
import vn.cnnt.cluster.industrialcluster.repository.ClusterRepository;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.security.Caller;

/** Loads a cluster only when the caller's province holds it today: another province's cluster is a 404. */
@ApplicationScoped
class ClusterAccess {

    private final ClusterRepository clusters;
    private final Caller caller;

    ClusterAccess(ClusterRepository clusters, Caller caller) {
        this.clusters = clusters;
        this.caller = caller;
    }

    IndustrialCluster visible(UUID id) {
        return require(clusters.findByIdOptional(id).orElse(null), id);
    }

    /** Visible and locked for the rest of the transaction, for changes of leased land and status. */
    IndustrialCluster locked(UUID id) {
        return require(clusters.lock(id).orElse(null), id);
    }

    private IndustrialCluster require(IndustrialCluster cluster, UUID id) {
        if (cluster == null || !caller.canSee(cluster.currentProvinceCode)) {
            throw ProblemException.notFound("Cluster", id);
        }
        return cluster;
    }
}
