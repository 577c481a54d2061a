package vn.cnnt.plans.progress.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cnnt.kit.inbox.CloudEventConsumer;
import vn.cnnt.kit.inbox.EventHandlers;
import vn.cnnt.kit.inbox.IncomingEvent;
import vn.cnnt.plans.progress.api.CertificateChange;
import vn.cnnt.plans.progress.api.CommitmentChange;
import vn.cnnt.plans.progress.service.ProgressService;

/** funding.events.v1 and ocop.events.v1 → the progress of plans. */
@ApplicationScoped
public class ProgressEventsConsumer {

    /** The fields of funding-service's FundingEventData this consumer reads. */
    public record FundingEvent(
            UUID commitmentId,
            UUID planId,
            UUID taskId,
            String source,
            Integer year,
            String status,
            long committedVnd,
            long disbursedVnd,
            long version) {}

    public record CertificateEvent(
            UUID productId,
            String currentProvinceCode,
            Integer stars,
            String status,
            LocalDate decisionDate,
            long version) {}

    private final CloudEventConsumer consumer;
    private final EventHandlers funding;
    private final EventHandlers ocop;

    ProgressEventsConsumer(CloudEventConsumer consumer, ProgressService progress) {
        this.consumer = consumer;
        java.util.function.Consumer<IncomingEvent<FundingEvent>> commitment = e -> {
            FundingEvent f = e.data();
            if (f.commitmentId() == null || f.source() == null || f.status() == null) {
                throw new IllegalArgumentException("a commitment event needs commitmentId, source and status");
            }
            if (f.planId() != null) {
                progress.applyCommitment(new CommitmentChange(
                        f.commitmentId(),
                        f.planId(),
                        f.taskId(),
                        f.source(),
                        f.year(),
                        f.status(),
                        f.committedVnd(),
                        f.disbursedVnd(),
                        f.version()));
            }
        };
        this.funding = new EventHandlers()
                .on("vn.cnnt.funding.commitment.approved.v1", FundingEvent.class, commitment)
                .on("vn.cnnt.funding.commitment.cancelled.v1", FundingEvent.class, commitment)
                .on("vn.cnnt.funding.commitment.settled.v1", FundingEvent.class, commitment)
                .on("vn.cnnt.funding.disbursement.recorded.v1", FundingEvent.class, commitment)
                .ignore(
                        "vn.cnnt.funding.envelope.opened.v1",
                        "vn.cnnt.funding.envelope.adjusted.v1",
                        "vn.cnnt.funding.envelope.frozen.v1");
        java.util.function.Consumer<IncomingEvent<CertificateEvent>> certificate = e -> {
            CertificateEvent c = e.data();
            if (c.productId() == null
                    || c.currentProvinceCode() == null
                    || c.stars() == null
                    || c.decisionDate() == null) {
                throw new IllegalArgumentException(
                        "a certificate event needs productId, currentProvinceCode, stars and decisionDate");
            }
            progress.applyCertificate(new CertificateChange(
                    c.productId(), c.currentProvinceCode(), c.stars(), c.status(), c.decisionDate(), c.version()));
        };
        this.ocop = new EventHandlers()
                .on("vn.cnnt.ocop.certificate.issued.v1", CertificateEvent.class, certificate)
                .on("vn.cnnt.ocop.certificate.expired.v1", CertificateEvent.class, certificate)
                .on("vn.cnnt.ocop.certificate.revoked.v1", CertificateEvent.class, certificate)
                .ignore("vn.cnnt.ocop.evaluation.completed.v1");
    }

    @Incoming("funding-events")
    @Blocking
    public void funding(ConsumerRecord<String, byte[]> record) {
        consumer.consume(record, funding);
    }

    @Incoming("ocop-events")
    @Blocking
    public void certificates(ConsumerRecord<String, byte[]> record) {
        consumer.consume(record, ocop);
    }
}
