package vn.cnnt.ocop.criteria.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.ocop.criteria.Sheet;

/** A scoring sheet to load (or replace) for a category under a regime. */
public record CriteriaSetRequest(
        @NotBlank @Schema(description = "Category code (mã bộ sản phẩm), 01–26", examples = "05")
        String categoryCode,

        @NotBlank @Schema(description = "Regime code", examples = "QD-148-1489-2025")
        String regimeCode,

        @NotBlank @Size(max = 300) @Schema(examples = "Phiếu đánh giá Đồ ăn nhanh")
        String name,

        @NotNull @Valid Sheet sheet,

        @Schema(
                nullable = true,
                description =
                        "true for an illustrative sheet (phiếu minh họa) that follows Annex III's structure but not"
                                + " its official items; absent or false: the official sheet")
        Boolean illustrative) {

    public boolean isIllustrative() {
        return Boolean.TRUE.equals(illustrative);
    }
}
