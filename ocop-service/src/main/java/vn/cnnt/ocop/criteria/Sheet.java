package vn.cnnt.ocop.criteria;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A scoring sheet (phiếu đánh giá): parts A, B, C, each with criteria (tiêu chí); a council member scores a
 * criterion by choosing one of its options. It is value data, replaced as a whole, never edited in place.
 */
@Schema(name = "CriteriaSheet")
public record Sheet(@NotNull @Size(min = 3, max = 3) List<@NotNull @Valid Part> parts) {

    @Schema(name = "CriteriaSheetPart")
    public record Part(
            @NotNull @Pattern(regexp = "[ABC]") @Schema(examples = "A")
            String code,

            @NotBlank @Size(max = 200) @Schema(examples = "Sản phẩm và sức mạnh cộng đồng")
            String name,

            @Min(1)
            @Max(100)
            @Schema(description = "Part maximum of the regime (40/25/35; 35/25/40 under 1048)", examples = "40")
            int maxPoints,

            @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid Criterion> criteria) {}

    @Schema(name = "CriteriaSheetCriterion")
    public record Criterion(
            @NotNull @Pattern(regexp = "[A-C][0-9A-Za-z.]{1,15}") @Schema(examples = "A1")
            String code,

            @NotBlank @Size(max = 300) @Schema(examples = "Nguồn nguyên liệu")
            String name,

            @NotNull @Size(min = 2, max = 20) List<@NotNull @Valid Option> options) {

        public Optional<Option> option(String optionCode) {
            return options.stream().filter(o -> o.code().equals(optionCode)).findFirst();
        }

        public BigDecimal maxPoints() {
            return options.stream()
                    .map(Option::points)
                    .max(BigDecimal::compareTo)
                    .orElse(BigDecimal.ZERO);
        }
    }

    @Schema(name = "CriteriaSheetOption")
    public record Option(
            @NotNull @Pattern(regexp = "[A-C][0-9A-Za-z.]{1,20}") @Schema(examples = "A1.3")
            String code,

            @NotBlank @Size(max = 500) @Schema(examples = "Nguyên liệu địa phương trên 50 %")
            String text,

            @NotNull
            @DecimalMin("0.00")
            @DecimalMax("100.00")
            @Digits(integer = 3, fraction = 2)
            @Schema(examples = "3.50")
            BigDecimal points,

            @Min(3)
            @Max(5)
            @Schema(
                    description =
                            "When set, this option (or one with more points) is mandatory for this star level and above",
                    examples = "3",
                    nullable = true)
            Integer minimumForStars) {}

    public Optional<Criterion> criterion(String criterionCode) {
        return parts.stream()
                .flatMap(p -> p.criteria().stream())
                .filter(c -> c.code().equals(criterionCode))
                .findFirst();
    }

    public List<Criterion> criteria() {
        return parts.stream().flatMap(p -> p.criteria().stream()).toList();
    }

    public String partOf(String criterionCode) {
        return parts.stream()
                .filter(p -> p.criteria().stream().anyMatch(c -> c.code().equals(criterionCode)))
                .map(Part::code)
                .findFirst()
                .orElseThrow();
    }
}
