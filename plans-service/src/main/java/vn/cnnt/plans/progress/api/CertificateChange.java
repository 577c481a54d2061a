package vn.cnnt.plans.progress.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The state of one OCOP certificate after an ocop event (issued, expired, revoked, or named as replaced by the next).
 *
 * @param provinceCode the product's province code valid when it was registered (a Bình Phước product stays "70")
 * @param version the product's version in ocop-service
 */
public record CertificateChange(
        UUID certificateId,
        UUID productId,
        String provinceCode,
        String currentProvinceCode,
        int stars,
        String status,
        LocalDate decisionDate,
        long version) {}
