package vn.cnnt.ocop.criteria.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.ocop.criteria.Sheet;

public record CriteriaSetResponse(
        UUID id,
        @Schema(examples = "05") String categoryCode,
        @Schema(examples = "QD-148-1489-2025") String regimeCode,

        @Schema(description = "Version of this category's sheet under the regime", examples = "1")
        int sheetVersion,

        String name,
        Sheet sheet,

        @Schema(
                description =
                        "An illustrative sheet (phiếu minh họa), not the official Annex III sheet: evaluations and"
                                + " certificates scored with it say so")
        boolean illustrative,

        @Schema(nullable = true, description = "Retired from this day: it scores no evaluation decided on or after it")
        LocalDate retiredOn,

        long version) {}
