package vn.cnnt.ocop.producer.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.ocop.producer.ProducerKind;

public record ProducerResponse(
        UUID id,

        @Schema(examples = "Hợp tác xã Minh họa") String name,

        ProducerKind kind,
        @Schema(nullable = true, examples = "4800123456") String taxCode,
        @Schema(examples = "04") String provinceCode,

        @Schema(description = "Current province holding the record today", examples = "04")
        String currentProvinceCode,

        @Schema(nullable = true, examples = "01291") String communeCode,
        LocalDate registeredOn,
        @Schema(examples = "0") long version) {}
