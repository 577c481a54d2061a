package vn.cnnt.funding.ledger.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cnnt.funding.ledger.FundingSource;
import vn.cnnt.funding.ledger.service.EnvelopeService;
import vn.cnnt.kit.inbox.CloudEventConsumer;
import vn.cnnt.kit.inbox.EventHandlers;
import vn.cnnt.kit.inbox.IncomingEvent;

/**
 * plans.events.v1 → envelopes: an approved or amended plan has one envelope per (year, source) of its funding table
 * (lines of the same year and source summed); a cancelled plan's envelopes are frozen.
 */
@ApplicationScoped
public class PlanEventsConsumer {

    /** The fields of plans-service's PlanEventData this consumer reads (a tolerant reader). */
    public record PlanEvent(
            UUID planId,
            long version,
            String documentNumber,
            String provinceCode,
            String currentProvinceCode,
            String status,
            List<Line> fundingLines) {
        public record Line(int year, FundingSource source, UUID taskId, long amountVnd) {}
    }

    private final CloudEventConsumer consumer;
    private final EnvelopeService envelopes;
    private final EventHandlers handlers;

    PlanEventsConsumer(CloudEventConsumer consumer, EnvelopeService envelopes) {
        this.consumer = consumer;
        this.envelopes = envelopes;
        this.handlers = new EventHandlers()
                .on("vn.cnnt.plans.plan.approved.v1", PlanEvent.class, this::fundingTable)
                .on("vn.cnnt.plans.plan.amended.v1", PlanEvent.class, this::fundingTable)
                .on(
                        "vn.cnnt.plans.plan.cancelled.v1",
                        PlanEvent.class,
                        e -> envelopes.freezeUncommitted(e.data().planId()))
                .ignore("vn.cnnt.plans.plan.completed.v1");
    }

    @Incoming("plans-events")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        consumer.consume(record, handlers);
    }

    private void fundingTable(IncomingEvent<PlanEvent> event) {
        PlanEvent plan = event.data();
        if (plan.planId() == null || plan.provinceCode() == null || plan.currentProvinceCode() == null) {
            throw new IllegalArgumentException("a plan event needs planId, provinceCode and currentProvinceCode");
        }
        Map<String, Long> byYearAndSource = new TreeMap<>();
        for (PlanEvent.Line line : plan.fundingLines() == null ? List.<PlanEvent.Line>of() : plan.fundingLines()) {
            byYearAndSource.merge(line.year() + "|" + line.source(), line.amountVnd(), Math::addExact);
        }
        byYearAndSource.forEach((key, amount) -> {
            String[] parts = key.split("\\|");
            envelopes.openFromPlan(
                    plan.planId(),
                    plan.provinceCode(),
                    plan.currentProvinceCode(),
                    Integer.parseInt(parts[0]),
                    FundingSource.valueOf(parts[1]),
                    amount,
                    plan.documentNumber());
        });
    }
}
