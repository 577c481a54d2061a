package vn.cnnt.cluster.industrialcluster.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.cluster.industrialcluster.TenantStatus;

@Schema(name = "Tenant", description = "A secondary investor (nhà đầu tư thứ cấp) of a cluster")
public record TenantResponse(
        UUID id,
        @Schema(examples = "1") long version,
        UUID clusterId,

        @Schema(examples = "Công ty TNHH Giày xuất khẩu Minh họa")
        String investorName,

        @Schema(examples = "4700654321") String investorTaxCode,

        @Schema(examples = "Nhà máy sản xuất giày xuất khẩu")
        String projectName,

        @Schema(examples = "Da giày") String industry,
        @Schema(examples = "12.5") BigDecimal leasedHa,
        @Schema(examples = "250000000000") long registeredCapitalVnd,
        @Schema(examples = "1200") int jobs,
        LocalDate leaseStart,
        LocalDate leaseEnd,
        @Schema(examples = "ACTIVE") TenantStatus status,
        LocalDate leftOn) {}
