package vn.cnnt.cluster.industrialcluster.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cnnt.cluster.industrialcluster.service.ClusterService;
import vn.cnnt.kit.inbox.CloudEventConsumer;
import vn.cnnt.kit.inbox.EventHandlers;

/** funding.events.v1 → the state support a cluster received: each approved commitment to the cluster, once. */
@ApplicationScoped
public class FundingEventsConsumer {

    /** The fields of funding-service's FundingEventData this consumer reads. */
    public record CommitmentEvent(UUID commitmentId, UUID clusterId, long committedVnd) {}

    private final CloudEventConsumer consumer;
    private final EventHandlers handlers;

    FundingEventsConsumer(CloudEventConsumer consumer, ClusterService clusters) {
        this.consumer = consumer;
        this.handlers = new EventHandlers()
                .on("vn.cnnt.funding.commitment.approved.v1", CommitmentEvent.class, e -> {
                    if (e.data().clusterId() != null) {
                        clusters.recordStateSupport(
                                e.data().clusterId(),
                                e.data().commitmentId(),
                                e.data().committedVnd(),
                                e.id());
                    }
                })
                .ignore(
                        "vn.cnnt.funding.envelope.opened.v1",
                        "vn.cnnt.funding.envelope.adjusted.v1",
                        "vn.cnnt.funding.envelope.frozen.v1",
                        "vn.cnnt.funding.commitment.cancelled.v1",
                        "vn.cnnt.funding.commitment.settled.v1",
                        "vn.cnnt.funding.disbursement.recorded.v1");
    }

    @Incoming("funding-events")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        consumer.consume(record, handlers);
    }
}
