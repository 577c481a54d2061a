package vn.cnnt.funding.ledger.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cnnt.funding.ledger.FundingSource;
import vn.cnnt.funding.ledger.PlanEstimateLine;
import vn.cnnt.funding.ledger.service.EstimateService;
import vn.cnnt.kit.inbox.CloudEventConsumer;
import vn.cnnt.kit.inbox.EventHandlers;
import vn.cnnt.kit.inbox.IncomingEvent;

/**
 * plans.events.v1 → estimates: an approved or amended plan's funding table is recorded as its estimate (per year, or for
 * the whole period), a cancelled or superseded plan's estimate is withdrawn (marked cancelled). No plan event opens, adjusts or freezes money.
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
            Integer periodFrom,
            Integer periodTo,
            List<Line> fundingLines) {
        /** A line for one year, or for a period (year null; yearFrom..yearTo, else the plan's period). */
        public record Line(
                Integer year, Integer yearFrom, Integer yearTo, FundingSource source, UUID taskId, long amountVnd) {}
    }

    private final CloudEventConsumer consumer;
    private final EventHandlers handlers;

    PlanEventsConsumer(CloudEventConsumer consumer, EstimateService estimates) {
        this.consumer = consumer;
        this.handlers = new EventHandlers()
                .on("vn.cnnt.plans.plan.approved.v1", PlanEvent.class, e -> estimate(estimates, e))
                .on("vn.cnnt.plans.plan.amended.v1", PlanEvent.class, e -> estimate(estimates, e))
                .on(
                        "vn.cnnt.plans.plan.cancelled.v1",
                        PlanEvent.class,
                        e -> estimates.cancel(e.data().planId(), e.data().version()))
                // a superseded plan's estimate is no longer current: the replacing document publishes its own
                .on(
                        "vn.cnnt.plans.plan.superseded.v1",
                        PlanEvent.class,
                        e -> estimates.cancel(e.data().planId(), e.data().version()))
                .ignore("vn.cnnt.plans.plan.completed.v1");
    }

    @Incoming("plans-events")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        consumer.consume(record, handlers);
    }

    private static void estimate(EstimateService estimates, IncomingEvent<PlanEvent> event) {
        PlanEvent plan = event.data();
        if (plan.planId() == null || plan.provinceCode() == null || plan.currentProvinceCode() == null) {
            throw new IllegalArgumentException("a plan event needs planId, provinceCode and currentProvinceCode");
        }
        List<PlanEstimateLine> lines = (plan.fundingLines() == null ? List.<PlanEvent.Line>of() : plan.fundingLines())
                .stream()
                        .map(l -> {
                            if (l.source() == null || l.amountVnd() < 0) {
                                throw new IllegalArgumentException("a funding line needs a source and an amount ≥ 0");
                            }
                            Integer from =
                                    l.year() != null ? null : l.yearFrom() != null ? l.yearFrom() : plan.periodFrom();
                            Integer to = l.year() != null ? null : l.yearTo() != null ? l.yearTo() : plan.periodTo();
                            return new PlanEstimateLine(l.taskId(), l.source(), l.year(), from, to, l.amountVnd());
                        })
                        .toList();
        estimates.record(
                plan.planId(),
                plan.version(),
                plan.provinceCode(),
                plan.currentProvinceCode(),
                plan.documentNumber(),
                lines);
    }
}
