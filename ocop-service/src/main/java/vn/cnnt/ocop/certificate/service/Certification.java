package vn.cnnt.ocop.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import vn.cnnt.kit.history.History;
import vn.cnnt.kit.outbox.Outbox;
import vn.cnnt.ocop.CertificateStatus;
import vn.cnnt.ocop.certificate.Certificate;
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
        changed(certificate, product, before, action, actor, eventType, null);
    }

    /**
     * As {@link #changed(Certificate, Product, CertificateResponse, String, String, String)}; {@code replaced} is the
     * product's former certificate that this newly issued one superseded (REPLACED), named in the event.
     */
    public void changed(
            Certificate certificate,
            Product product,
            CertificateResponse before,
            String action,
            String actor,
            String eventType,
            Certificate replaced) {
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
                        product.version,
                        certificate.decisionNumber,
                        certificate.issuingLevel,
                        certificate.validUntil,
                        certificate.statusReason,
                        certificate.revocationDecisionNumber,
                        certificate.illustrativeSheet,
                        replaced == null
                                ? null
                                : new CertificateEventData.ReplacedCertificate(
                                        replaced.id,
                                        replaced.certificateNumber,
                                        replaced.stars,
                                        replaced.decisionDate,
                                        replaced.status)));
    }

    /**
     * Closes a certificate as REPLACED (never REVOKED) without touching its product: the certificate of a later
     * evaluation, issued in the same transaction, supersedes it.
     */
    public void replaced(Certificate certificate, Certificate by, String actor, LocalDate today) {
        CertificateResponse before = toResponse(certificate);
        certificate.status = CertificateStatus.REPLACED;
        certificate.statusReason = "Replaced by certificate " + by.certificateNumber + " after re-evaluation";
        certificate.replacedByCertificateId = by.id;
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
                c.validUntil,
                c.status,
                c.statusReason,
                c.statusChangedOn,
                c.replacedByCertificateId,
                c.revocationDecisionNumber,
                c.illustrativeSheet,
                c.provinceCode,
                c.currentProvinceCode,
                c.version);
    }
}
