package vn.cnnt.ocop.criteria.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A legal regime with its part maxima, star bands and which council level recognises which stars. */
public record RegimeResponse(
        @Schema(examples = "QD-148-1489-2025") String code,

        @Schema(examples = "148/QĐ-TTg sửa đổi bởi 1489/QĐ-TTg")
        String legalBasis,

        LocalDate effectiveFrom,
        @Schema(nullable = true) LocalDate effectiveTo,

        @Schema(description = "Maximum points of parts A, B, C")
        Map<String, Integer> partMaxima,

        @Schema(description = "Minimum average score of each star level")
        Map<Integer, BigDecimal> starBands,

        List<Recognition> recognition,

        @Schema(
                description = "A provincial council's evaluation needs the commune's pre-screening with its decision"
                        + " (sàng lọc cấp xã, 1489/QĐ-TTg)")
        boolean communePreScreeningRequired) {

    public record Recognition(
            @Schema(examples = "PROVINCIAL") String councilLevel,
            @Schema(examples = "3") int minStars,
            @Schema(examples = "4") int maxStars) {}
}
