package vn.cnnt.cluster.industrialcluster.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant leaving the cluster; its land becomes free again. */
@Schema(name = "DepartureRequest", description = "A tenant's departure (chấm dứt thuê đất)")
public record DepartureRequest(
        @NotNull @PastOrPresent @Schema(examples = "2024-12-31")
        LocalDate leftOn,

        @Size(max = 1000) @Schema(examples = "Chấm dứt hợp đồng thuê đất")
        String note) {}
