package vn.cnnt.ocop.product.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may set on a product; stars and certificate status come only from certificates. */
public record ProductRequest(
        @NotBlank @Size(max = 300) @Schema(examples = "Miến dong Minh họa")
        String name,

        @NotNull @Schema(description = "The producer (chủ thể OCOP)")
        UUID producerId,

        @NotNull
        @Pattern(regexp = "[0-9]{2}", message = "must be a category code 01–26")
        @Schema(description = "Category (bộ sản phẩm), see GET /api/v1/ocop/categories", examples = "05")
        String categoryCode,

        @NotNull
        @Pattern(regexp = "[0-9]{2}", message = "must be a 2-digit province code")
        @Schema(description = "Province code valid on the registration date", examples = "04")
        String provinceCode,

        @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit commune code")
        @Schema(examples = "01291", nullable = true)
        String communeCode,

        @NotNull @PastOrPresent @Schema(examples = "2023-06-01")
        LocalDate registeredOn,

        @Size(max = 4000) @Schema(examples = "Miến làm từ củ dong riềng (mô tả minh họa)", nullable = true)
        String description) {}
