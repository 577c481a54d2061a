package vn.cnnt.cluster.industrialcluster.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.cluster.industrialcluster.ClusterStatus;

/** A lifecycle decision already taken, given when an existing cluster is entered in its real status. */
@Schema(name = "EntryDecision", description = "A decision already taken (thành lập, đầu tư xây dựng, hoạt động)")
public record EntryDecision(
        @NotNull
        @Schema(
                description = "The status the decision gave: ESTABLISHED, UNDER_CONSTRUCTION or OPERATING, in order",
                examples = "ESTABLISHED")
        ClusterStatus status,

        @NotBlank @Size(max = 60) @Schema(examples = "2217/QĐ-UBND")
        String decisionNumber,

        @NotNull @PastOrPresent @Schema(examples = "2020-11-20")
        LocalDate decisionDate,

        @Size(max = 1000) String note) {}
