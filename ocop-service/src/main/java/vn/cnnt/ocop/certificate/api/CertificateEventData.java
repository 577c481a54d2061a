package vn.cnnt.ocop.certificate.api;

import java.time.LocalDate;
import java.util.UUID;
import vn.cnnt.ocop.certificate.CertificateStatus;

/**
 * Data of {@code vn.cnnt.ocop.certificate.issued|expired|revoked.v1}: the product's certification after the change.
 * {@code version} is the product's version, which grows with every certificate change of the product, so consumers
 * keyed by product drop stale or duplicate events even across re-evaluations.
 */
public record CertificateEventData(
        UUID certificateId,
        String certificateNumber,
        UUID productId,
        String productName,
        UUID producerId,
        String provinceCode,
        String currentProvinceCode,
        int stars,
        CertificateStatus status,
        LocalDate decisionDate,
        LocalDate validUntil,
        long version) {}
