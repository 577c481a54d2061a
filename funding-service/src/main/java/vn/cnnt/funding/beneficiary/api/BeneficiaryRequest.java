package vn.cnnt.funding.beneficiary.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.funding.beneficiary.Beneficiary;

@Schema(name = "BeneficiaryRequest", description = "A beneficiary of khuyến công support (đối tượng thụ hưởng)")
public record BeneficiaryRequest(
        @NotNull Beneficiary.Kind kind,

        @NotBlank @Size(max = 300) @Schema(examples = "Hợp tác xã Mây tre đan Quảng Hòa")
        String name,

        @Pattern(regexp = "\\d{10}(\\d{3})?", message = "must have 10 or 13 digits")
        @Schema(description = "Mã số thuế", examples = "4800123456")
        String taxCode,

        @NotNull
        @Pattern(regexp = "\\d{2}", message = "must be a 2-digit current province code")
        @Schema(examples = "04")
        String provinceCode,

        @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code")
        String communeCode,

        @Size(max = 500) String address) {}
