package vn.cnnt.funding.projection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import vn.cnnt.funding.projection.repository.ProjectionRepository;

/**
 * What funding-service knows of other services, kept from their events: products holding an OCOP certificate
 * and the legal status of industrial clusters. A row changes only for a newer version.
 */
@ApplicationScoped
public class ProjectionService {

    private final ProjectionRepository projections;

    ProjectionService(ProjectionRepository projections) {
        this.projections = projections;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyCertificate(UUID productId, int stars, String status, LocalDate validUntil, long version) {
        projections.applyCertificate(productId, stars, status, validUntil, version);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyClusterStatus(UUID clusterId, String status, long version) {
        projections.applyClusterStatus(clusterId, status, version);
    }

    public boolean holdsValidCertificate(UUID productId, LocalDate on) {
        return projections.holdsValidCertificate(productId, on);
    }

    public boolean clusterEstablished(UUID clusterId) {
        return projections.clusterEstablished(clusterId);
    }
}
