package vn.cnnt.ocop.certificate.api;

import java.time.LocalDate;
import java.util.UUID;
import vn.cnnt.ocop.CertificateStatus;
import vn.cnnt.ocop.CouncilLevel;

/**
 * Data of {@code vn.cnnt.ocop.certificate.issued|expired|revoked.v1}: the product's certification after the change.
 * {@code version} is the product's version, which grows with every certificate change of the product, so consumers
 * keyed by product drop stale or duplicate events even across re-evaluations.
 *
 * <p>The fields after {@code version} were added later (additive, optional in the schema): the decision's number and
 * level; {@code lastValidDay}, the inclusive last day (the same day as {@code validUntil}); the status reason and, for
 * a revocation (thu hồi), its decision number; whether an illustrative scoring sheet was used; and, on an issue that
 * superseded the product's valid certificate, that certificate as {@code replaced} with status REPLACED — a
 * replacement is never a revocation, and no revoked event is published for it.
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
        long version,
        String decisionNumber,
        CouncilLevel issuingLevel,
        LocalDate lastValidDay,
        String statusReason,
        String revocationDecisionNumber,
        boolean illustrativeScoringSheet,
        ReplacedCertificate replaced) {

    /** The certificate an issue superseded: status REPLACED. */
    public record ReplacedCertificate(
            UUID certificateId,
            String certificateNumber,
            int stars,
            LocalDate decisionDate,
            CertificateStatus status) {}
}
