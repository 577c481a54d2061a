package vn.cnnt.ocop.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import vn.cnnt.kit.history.History;
import vn.cnnt.kit.outbox.Outbox;
import vn.cnnt.ocop.certificate.Certificate;
import vn.cnnt.ocop.certificate.CertificateStatus;
import vn.cnnt.ocop.certificate.api.CertificateEventData;
import vn.cnnt.ocop.certificate.api.CertificateResponse;
import vn.cnnt.ocop.product.Product;
import vn.cnnt.ocop.product.api.ProductResponse;
import vn.cnnt.ocop.product.repository.ProductRepository;
import vn.cnnt.ocop.product.service.ProductService;

/**
 * A certificate's change of status carried to its product, the history of both and the event, in the caller's
 * transaction: the one path for issuing, revoking and expiring.
 */
@ApplicationScoped
public class Certification {

    public static final String AGGREGATE = "certificate";
    public static final String ISSUED = "vn.cnnt.ocop.certificate.issued.v1";
    public static final String EXPIRED = "vn.cnnt.ocop.certificate.expired.v1";
    public static final String REVOKED = "vn.cnnt.ocop.certificate.revoked.v1";

    private final ProductRepository products;
    private final History history;
    private final Outbox outbox;

    Certification(ProductRepository products, History history, Outbox outbox) {
        this.products = products;
        this.history = history;
        this.outbox = outbox;
    }

    /**
     * Records a status change of a certificate already applied to it; its product (locked by the caller, producer
     * readable) follows.
     */
    public void changed(
            Certificate certificate,
            Product product,
            CertificateResponse before,
            String action,
            String actor,
            String eventType) {
        ProductResponse productBefore = ProductService.toResponse(product);
        product.stars = certificate.stars;
        product.certificateStatus = certificate.status;
        product.certificateValidUntil = certificate.validUntil;
        products.flush();
        history.record(AGGREGATE, certificate.id, certificate.version, action, actor, before, toResponse(certificate));
        history.record(
                ProductService.AGGREGATE,
                product.id,
                product.version,
                "CERTIFICATE_" + action,
                actor,
                productBefore,
                ProductService.toResponse(product));
        outbox.record(
                ProductService.AGGREGATE,
                product.id,
                product.version,
                eventType,
                new CertificateEventData(
                        certificate.id,
                        certificate.certificateNumber,
                        product.id,
                        product.name,
                        product.producer.id,
                        product.provinceCode,
                        product.currentProvinceCode,
                        certificate.stars,
                        certificate.status,
                        certificate.decisionDate,
                        certificate.validUntil,
                        product.version));
    }

    /** Closes a certificate without touching its product (replaced by a newer one in the same transaction). */
    public void replaced(Certificate certificate, String byNumber, String actor, LocalDate today) {
        CertificateResponse before = toResponse(certificate);
        certificate.status = CertificateStatus.REVOKED;
        certificate.statusReason = "Replaced by certificate " + byNumber + " after re-evaluation";
        certificate.statusChangedOn = today;
        products.flush();
        history.record(
                AGGREGATE, certificate.id, certificate.version, "REPLACED", actor, before, toResponse(certificate));
    }

    public static CertificateResponse toResponse(Certificate c) {
        return new CertificateResponse(
                c.id,
                c.certificateNumber,
                c.productId,
                c.evaluationId,
                c.stars,
                c.issuingLevel,
                c.decisionNumber,
                c.decisionDate,
                c.validUntil,
                c.status,
                c.statusReason,
                c.statusChangedOn,
                c.provinceCode,
                c.currentProvinceCode,
                c.version);
    }
}
