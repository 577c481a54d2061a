package vn.cnnt.ocop.product.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.ocop.CertificateStatus;

public record ProductResponse(
        UUID id,
        @Schema(examples = "Miến dong Minh họa") String name,
        UUID producerId,

        @Schema(examples = "Hợp tác xã Minh họa") String producerName,

        @Schema(examples = "05") String categoryCode,
        @Schema(examples = "04") String provinceCode,
        @Schema(examples = "04") String currentProvinceCode,
        @Schema(nullable = true) String communeCode,
        LocalDate registeredOn,
        @Schema(nullable = true) String description,

        @Schema(description = "Stars of the latest certificate (hạng sao)", nullable = true, examples = "4")
        Integer stars,

        @Schema(nullable = true) CertificateStatus certificateStatus,
        @Schema(nullable = true) LocalDate certificateValidUntil,
        long version) {}
