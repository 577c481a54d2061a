package vn.cnnt.funding.ledger.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cnnt.funding.projection.service.ProjectionService;
import vn.cnnt.kit.inbox.CloudEventConsumer;
import vn.cnnt.kit.inbox.EventHandlers;

/** ocop.events.v1 and cluster.events.v1 → the projections that support decisions check. */
@ApplicationScoped
public class ProjectionEventsConsumer {

    public record CertificateEvent(UUID productId, Integer stars, String status, LocalDate validUntil, long version) {}

    public record ClusterEvent(UUID clusterId, String status, long version) {}

    private final CloudEventConsumer consumer;
    private final EventHandlers ocop;
    private final EventHandlers clusters;

    ProjectionEventsConsumer(CloudEventConsumer consumer, ProjectionService projections) {
        this.consumer = consumer;
        java.util.function.Consumer<vn.cnnt.kit.inbox.IncomingEvent<CertificateEvent>> certificate = e -> {
            CertificateEvent c = e.data();
            if (c.productId() == null || c.stars() == null || c.status() == null) {
                throw new IllegalArgumentException("a certificate event needs productId, stars and status");
            }
            projections.applyCertificate(c.productId(), c.stars(), c.status(), c.validUntil(), c.version());
        };
        this.ocop = new EventHandlers()
                .on("vn.cnnt.ocop.certificate.issued.v1", CertificateEvent.class, certificate)
                .on("vn.cnnt.ocop.certificate.expired.v1", CertificateEvent.class, certificate)
                .on("vn.cnnt.ocop.certificate.revoked.v1", CertificateEvent.class, certificate)
                .ignore("vn.cnnt.ocop.evaluation.completed.v1");
        java.util.function.Consumer<vn.cnnt.kit.inbox.IncomingEvent<ClusterEvent>> cluster = e -> {
            if (e.data().clusterId() == null || e.data().status() == null) {
                throw new IllegalArgumentException("a cluster event needs clusterId and status");
            }
            projections.applyClusterStatus(
                    e.data().clusterId(), e.data().status(), e.data().version());
        };
        this.clusters = new EventHandlers()
                .on("vn.cnnt.cluster.cluster.status-changed.v1", ClusterEvent.class, cluster)
                .on("vn.cnnt.cluster.cluster.expanded.v1", ClusterEvent.class, cluster)
                .ignore("vn.cnnt.cluster.tenant.admitted.v1", "vn.cnnt.cluster.tenant.left.v1");
    }

    @Incoming("ocop-events")
    @Blocking
    public void certificates(ConsumerRecord<String, byte[]> record) {
        consumer.consume(record, ocop);
    }

    @Incoming("cluster-events")
    @Blocking
    public void clusters(ConsumerRecord<String, byte[]> record) {
        consumer.consume(record, clusters);
    }
}
