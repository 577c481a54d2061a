package vn.cnnt.ocop.producer.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.ocop.producer.ProducerKind;

/** What a caller may set on a producer (chủ thể OCOP). */
public record ProducerRequest(
        @NotBlank @Size(max = 300) @Schema(examples = "Hợp tác xã Minh họa")
        String name,

        @NotNull @Schema(examples = "COOPERATIVE") ProducerKind kind,

        @Pattern(regexp = "[0-9]{10}([0-9]{3})?", message = "must be 10 or 13 digits")
        @Schema(
                description = "Tax code (mã số thuế), where the producer has one",
                examples = "4800123456",
                nullable = true)
        String taxCode,

        @NotNull
        @Pattern(regexp = "[0-9]{2}", message = "must be a 2-digit province code")
        @Schema(description = "Province code valid on the registration date", examples = "04")
        String provinceCode,

        @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit commune code")
        @Schema(description = "Commune code (mã xã)", examples = "01291", nullable = true)
        String communeCode,

        @NotNull @PastOrPresent @Schema(description = "Registration date (ngày đăng ký)", examples = "2023-05-10")
        LocalDate registeredOn) {}
