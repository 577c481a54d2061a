package vn.cnnt.gateway.overview;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProvinceOverview", description = """
        Tổng quan tỉnh: a province's khuyến công and OCOP figures composed from the four services in parallel. A service
        that is down or slow leaves its part `{"available": false, "reason": ...}` and the others still come back.""")
public record ProvinceOverview(
        @Schema(description = "Current 2-digit province code", examples = "04")
        String provinceCode,

        @Schema(examples = "Tỉnh Cao Bằng") String provinceName,

        @Schema(description = "The year asked for funding and plans; absent for all years", examples = "2025")
        Integer year,

        @Schema(description = "True when every part is available")
        boolean complete,

        @Schema(description = """
                Plans (kế hoạch, đề án, chương trình) of the province whose period covers the year:
                `{"total": 7, "byStatus": {"APPROVED": 5, "DRAFT": 2}}`""") Part plans,

        @Schema(
                description =
                        "funding-service's summary for the province and year: budget, committed, disbursed and available by source")
        Part funding,

        @Schema(description = "ocop-service's statistics for the province: valid certificates by stars")
        Part ocop,

        @Schema(description = "cluster-service's statistics for the province: clusters by status, average occupancy")
        Part clusters) {}
