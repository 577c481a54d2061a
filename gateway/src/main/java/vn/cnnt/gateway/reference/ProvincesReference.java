package vn.cnnt.gateway.reference;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.kit.units.ProvinceUnit;

@Schema(name = "ProvincesReference", description = """
        Province-level units (đơn vị hành chính cấp tỉnh) before and after the reform of 1 July 2025: the 34 current units
        with the former codes merged into each (formedFrom), and the 63 former units with the current code that holds each
        today (currentCode).""")
public record ProvincesReference(
        @Schema(description = "Day the current units took effect", examples = "2025-07-01")
        LocalDate reformDate,

        @Schema(description = "The 34 current units") List<ProvinceUnit> current,

        @Schema(description = "The 63 units valid until 30 June 2025")
        List<ProvinceUnit> former) {}
