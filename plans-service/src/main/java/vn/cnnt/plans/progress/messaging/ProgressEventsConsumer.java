package vn.cnnt.plans.progress.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cnnt.kit.inbox.CloudEventConsumer;
import vn.cnnt.kit.inbox.EventHandlers;
import vn.cnnt.kit.inbox.IncomingEvent;
import vn.cnnt.plans.progress.api.AllocationChange;
import vn.cnnt.plans.progress.api.CertificateChange;
import vn.cnnt.plans.progress.api.ProjectChange;
import vn.cnnt.plans.progress.service.ProgressService;

/**
 * funding.events.v1 (allocations and projects) and ocop.events.v1 (certificates) → the progress of plans. Tolerant
 * readers: each record names only the fields this consumer reads.
 */
@ApplicationScoped
public class ProgressEventsConsumer {

    static final String FUNDING = "vn.cnnt.funding.";

    /** The fields of funding-service's project-event this consumer reads. */
    public record ProjectEvent(
            UUID projectId,
            UUID planId,
            UUID taskId,
            Integer year,
            String source,
            String status,
            long committedVnd,
            long disbursedVnd,
            long acceptedVnd,
            long settledVnd,
            long counterpartVnd,
            long otherVnd,
            long version) {

        boolean complete() {
            return projectId != null && source != null && status != null;
        }

        /** One that names a plan; or an incomplete one, which the effect refuses to the dead-letter topic. */
        boolean concernsPlans() {
            return planId != null || !complete();
        }
    }

    /** The fields of funding-service's allocation-event this consumer reads. */
    public record AllocationEvent(
            UUID allocationId, UUID planId, Integer year, String source, long allocatedVnd, long version) {

        boolean complete() {
            return allocationId != null && source != null && year != null;
        }

        /** One that names a plan; or an incomplete one, which the effect refuses to the dead-letter topic. */
        boolean concernsPlans() {
            return planId != null || !complete();
        }
    }

    /** The fields of ocop-service's certificate events this consumer reads. */
    public record CertificateEvent(
            UUID certificateId,
            UUID productId,
            String provinceCode,
            String currentProvinceCode,
            Integer stars,
            String status,
            LocalDate decisionDate,
            Replaced replaced,
            long version) {}

    /** The certificate a newly issued one superseded (status REPLACED), when the product held one. */
    public record Replaced(UUID certificateId, Integer stars, LocalDate decisionDate, String status) {}

    private final CloudEventConsumer consumer;
    private final EventHandlers funding;
    private final EventHandlers ocop;

    ProgressEventsConsumer(CloudEventConsumer consumer, ProgressService progress) {
        this.consumer = consumer;
        Consumer<IncomingEvent<ProjectEvent>> project = e -> {
            ProjectEvent p = e.data();
            if (!p.complete()) {
                throw new IllegalArgumentException("a project event needs projectId, source and status");
            }
            progress.applyProject(new ProjectChange(
                    p.projectId(),
                    p.planId(),
                    p.taskId(),
                    p.source(),
                    p.year(),
                    p.status(),
                    p.committedVnd(),
                    p.disbursedVnd(),
                    p.acceptedVnd(),
                    p.settledVnd(),
                    p.counterpartVnd(),
                    p.otherVnd(),
                    p.version()));
        };
        Consumer<IncomingEvent<AllocationEvent>> allocation = e -> {
            AllocationEvent a = e.data();
            if (!a.complete()) {
                throw new IllegalArgumentException("an allocation event needs allocationId, source and year");
            }
            progress.applyAllocation(new AllocationChange(
                    a.allocationId(), a.planId(), a.source(), a.year(), a.allocatedVnd(), a.version()));
        };
        EventHandlers handlers = new EventHandlers()
                .on(
                        FUNDING + "allocation.decided.v1",
                        AllocationEvent.class,
                        AllocationEvent::concernsPlans,
                        allocation)
                .on(
                        FUNDING + "allocation.adjusted.v1",
                        AllocationEvent.class,
                        AllocationEvent::concernsPlans,
                        allocation);
        for (String step : new String[] {
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
        }) {
            handlers.on(FUNDING + "project." + step + ".v1", ProjectEvent.class, ProjectEvent::concernsPlans, project);
        }
        this.funding = handlers.ignore(
                // Retired by issue 13; events still on the topic from before are known and have no effect here.
                FUNDING + "envelope.opened.v1",
                FUNDING + "envelope.adjusted.v1",
                FUNDING + "envelope.frozen.v1",
                FUNDING + "commitment.approved.v1",
                FUNDING + "commitment.cancelled.v1",
                FUNDING + "commitment.settled.v1",
                FUNDING + "disbursement.recorded.v1");
        Consumer<IncomingEvent<CertificateEvent>> certificate = e -> {
            CertificateEvent c = e.data();
            if (c.productId() == null || c.stars() == null || c.decisionDate() == null) {
                throw new IllegalArgumentException("a certificate event needs productId, stars and decisionDate");
            }
            String province = c.provinceCode() != null ? c.provinceCode() : c.currentProvinceCode();
            if (province == null) {
                throw new IllegalArgumentException("a certificate event needs provinceCode");
            }
            progress.applyCertificate(new CertificateChange(
                    c.certificateId() != null ? c.certificateId() : fallbackId(c.productId(), c.decisionDate()),
                    c.productId(),
                    province,
                    c.currentProvinceCode(),
                    c.stars(),
                    c.status() == null ? "VALID" : c.status(),
                    c.decisionDate(),
                    c.version()));
            Replaced r = c.replaced();
            if (r != null && r.certificateId() != null && r.stars() != null && r.decisionDate() != null) {
                progress.applyCertificate(new CertificateChange(
                        r.certificateId(),
                        c.productId(),
                        province,
                        c.currentProvinceCode(),
                        r.stars(),
                        r.status() == null ? "REPLACED" : r.status(),
                        r.decisionDate(),
                        c.version()));
            }
        };
        this.ocop = new EventHandlers()
                .on("vn.cnnt.ocop.certificate.issued.v1", CertificateEvent.class, certificate)
                .on("vn.cnnt.ocop.certificate.expired.v1", CertificateEvent.class, certificate)
                .on("vn.cnnt.ocop.certificate.revoked.v1", CertificateEvent.class, certificate)
                .on("vn.cnnt.ocop.certificate.replaced.v1", CertificateEvent.class, certificate)
                .ignore("vn.cnnt.ocop.evaluation.completed.v1");
    }

    /** A producer that names no certificate: one certificate per product and decision date. */
    static UUID fallbackId(UUID productId, LocalDate decisionDate) {
        return UUID.nameUUIDFromBytes((productId + "|" + decisionDate).getBytes(StandardCharsets.UTF_8));
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
