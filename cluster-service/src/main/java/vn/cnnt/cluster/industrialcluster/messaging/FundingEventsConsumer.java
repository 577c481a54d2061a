package vn.cnnt.cluster.industrialcluster.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cnnt.cluster.industrialcluster.service.ClusterService;
import vn.cnnt.kit.inbox.CloudEventConsumer;
import vn.cnnt.kit.inbox.EventHandlers;

/**
 * funding.events.v1 → the state support a cluster received: every project event naming the cluster sets that
 * project's share to its current public commitment ({@code committedVnd}: the support once approved, the settled
 * amount once settled, 0 once cancelled). Counterpart and other money are never state support.
 */
@ApplicationScoped
public class FundingEventsConsumer {

    /** The fields of funding-service's project-event data this consumer reads (a tolerant reader). */
    public record ProjectEvent(UUID projectId, UUID clusterId, String source, long committedVnd, long version) {}

    static final Set<String> PUBLIC_SOURCES = Set.of("NATIONAL", "LOCAL");
    static final String[] PROJECT_EVENTS = {
        "registered",
        "appraised",
        "approved",
        "contracted",
        "disbursed",
        "accepted",
        "settled",
        "rejected",
        "withdrawn",
        "cancelled"
    };

    private final CloudEventConsumer consumer;
    private final EventHandlers handlers;

    FundingEventsConsumer(CloudEventConsumer consumer, ClusterService clusters) {
        this.consumer = consumer;
        this.handlers = new EventHandlers()
                .ignore("vn.cnnt.funding.allocation.decided.v1", "vn.cnnt.funding.allocation.adjusted.v1");
        for (String step : PROJECT_EVENTS) {
            handlers.on(
                    "vn.cnnt.funding.project." + step + ".v1",
                    ProjectEvent.class,
                    p -> p.clusterId() != null && PUBLIC_SOURCES.contains(p.source()),
                    e -> {
                        ProjectEvent p = e.data();
                        clusters.followStateSupport(
                                p.clusterId(), p.projectId(), p.committedVnd(), p.version(), e.id());
                    });
        }
    }

    @Incoming("funding-events")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        consumer.consume(record, handlers);
    }
}
