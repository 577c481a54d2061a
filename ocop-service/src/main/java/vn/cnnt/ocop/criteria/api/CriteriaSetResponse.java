package vn.cnnt.ocop.criteria.api;

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
        long version) {}
