package vn.cnnt.plans.progress.api;

import java.time.LocalDate;
import java.util.UUID;

/** The state of a product's OCOP certificate after an ocop event (issued, expired, revoked). */
public record CertificateChange(
        UUID productId, String currentProvinceCode, int stars, String status, LocalDate decisionDate, long version) {}
