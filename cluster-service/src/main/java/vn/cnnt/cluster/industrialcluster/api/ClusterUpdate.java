package vn.cnnt.cluster.industrialcluster.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.kit.money.Vnd;

/**
 * The attributes an officer may edit. Province, areas and status change only through their decisions
 * (creation, expansion, lifecycle sub-resources); leased land only through tenants.
 */
@Schema(name = "ClusterUpdate", description = "Editable attributes of a cluster (replaced as a whole)")
public record ClusterUpdate(
        @NotBlank @Size(max = 200) @Schema(examples = "Cụm công nghiệp Minh họa")
        String name,

        @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") @Schema(examples = "01234")
        String communeCode,

        @NotNull @Size(max = 20) @Schema(examples = "[\"Da giày\"]")
        List<@NotBlank @Size(max = 200) String> plannedIndustries,

        @Valid DeveloperPayload developer,

        @PositiveOrZero @Vnd @Schema(examples = "150000000000")
        Long totalInvestmentVnd,

        @PastOrPresent
        @Schema(
                description = "Shared technical infrastructure (hạ tầng kỹ thuật dùng chung) finished and in use",
                examples = "2023-06-30")
        LocalDate sharedInfrastructureCompletedOn) {}
