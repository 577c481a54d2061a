package vn.cnnt.ocop.criteria.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A criteria-set category (bộ sản phẩm) of the OCOP classification. */
public record CategoryResponse(
        @Schema(examples = "05") String code,
        @Schema(examples = "I") String sectorCode,
        @Schema(examples = "Thực phẩm") String sectorName,
        @Schema(examples = "Thực phẩm chế biến") String groupName,
        @Schema(examples = "Đồ ăn nhanh", nullable = true) String setName,

        @Schema(description = "Lead ministries (Bộ chủ trì): MAE, MOIT, MOH, MOCST", examples = "[\"MOIT\"]")
        List<String> leadMinistries) {}
