package vn.cnnt.ocop.certificate.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.cnnt.kit.time.VietnamTime;
import vn.cnnt.ocop.CertificateStatus;
import vn.cnnt.ocop.certificate.Certificate;
import vn.cnnt.ocop.certificate.api.CertificateResponse;
import vn.cnnt.ocop.certificate.repository.CertificateRepository;
import vn.cnnt.ocop.product.Product;
import vn.cnnt.ocop.product.repository.ProductRepository;

/**
 * Expires certificates past their 36 months, in small transactions so that a large backlog never holds long locks,
 * and reports how many expire within the notice period (the issuer notifies producers at least 30 days before).
 */
@ApplicationScoped
public class CertificateExpiry {

    static final String ACTOR = "system:certificate-expiry";
    private static final int BATCH = 200;
    private static final int NOTICE_DAYS = 30;
    private static final Logger LOG = Logger.getLogger(CertificateExpiry.class);

    private final CertificateRepository certificates;
    private final ProductRepository products;
    private final Certification certification;

    CertificateExpiry(CertificateRepository certificates, ProductRepository products, Certification certification) {
        this.certificates = certificates;
        this.products = products;
        this.certification = certification;
    }

    @Scheduled(
            cron = "{cnnt.ocop.expiry-cron}",
            timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        LocalDate today = VietnamTime.today();
        int expired = expireDue(today);
        long expiring = QuarkusTransaction.requiringNew()
                .call(() -> certificates.countExpiringBetween(today, today.plusDays(NOTICE_DAYS)));
        LOG.infof(
                "OCOP certificates: %d expired today, %d expire within %d days (notify their producers)",
                expired, expiring, NOTICE_DAYS);
    }

    /** Expires every valid certificate whose last valid day is before {@code today}; returns how many. */
    public int expireDue(LocalDate today) {
        int total = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> expireBatch(today));
            total += batch;
        } while (batch == BATCH);
        return total;
    }

    private int expireBatch(LocalDate today) {
        List<Certificate> due = certificates.dueForExpiry(today, BATCH);
        if (due.isEmpty()) {
            return 0;
        }
        // Their products are locked with them: one read of all of them and their producers, not one per certificate.
        Map<UUID, Product> byId =
                products
                        .withProducers(
                                due.stream().map(c -> c.productId).distinct().toList())
                        .stream()
                        .collect(Collectors.toMap(p -> p.id, Function.identity()));
        for (Certificate certificate : due) {
            CertificateResponse before = Certification.toResponse(certificate);
            certificate.status = CertificateStatus.EXPIRED;
            certificate.statusReason = "36 months after the decision of " + certificate.decisionDate;
            certificate.statusChangedOn = today;
            certification.changed(
                    certificate, byId.get(certificate.productId), before, "EXPIRED", ACTOR, Certification.EXPIRED);
        }
        return due.size();
    }
}
