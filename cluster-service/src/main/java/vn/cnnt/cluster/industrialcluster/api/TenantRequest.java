package vn.cnnt.cluster.industrialcluster.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.kit.money.Vnd;

/** A secondary investor's lease (nhà đầu tư thứ cấp thuê đất công nghiệp). */
@Schema(
        name = "TenantRequest",
        description = "A secondary investor (nhà đầu tư thứ cấp) admitted to lease industrial land")
public record TenantRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Công ty TNHH Giày xuất khẩu Minh họa")
        String investorName,

        @Pattern(regexp = "\\d{10}(\\d{3})?", message = "must be 10 or 13 digits") @Schema(examples = "4700654321")
        String investorTaxCode,

        @NotBlank @Size(max = 300) @Schema(examples = "Nhà máy sản xuất giày xuất khẩu")
        String projectName,

        @NotBlank @Size(max = 200) @Schema(examples = "Da giày")
        String industry,

        @NotNull
        @DecimalMin("0.01")
        @Digits(integer = 5, fraction = 2)
        @Schema(description = "Leased industrial land in hectares", examples = "12.5")
        BigDecimal leasedHa,

        @NotNull
        @PositiveOrZero
        @Vnd
        @Schema(description = "Registered investment capital in đồng", examples = "250000000000")
        Long registeredCapitalVnd,

        @NotNull @PositiveOrZero @Schema(description = "Jobs (lao động)", examples = "1200")
        Integer jobs,

        @NotNull @Schema(examples = "2023-03-01") LocalDate leaseStart,
        @Schema(examples = "2073-03-01") LocalDate leaseEnd) {}
