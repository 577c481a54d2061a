package vn.cnnt.cluster.industrialcluster.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The decision behind a lifecycle transition. */
@Schema(name = "DecisionRequest", description = "Decision number (số, ký hiệu) and date of a lifecycle transition")
public record DecisionRequest(
        @NotBlank @Size(max = 60) @Schema(examples = "2217/QĐ-UBND")
        String decisionNumber,

        @NotNull @PastOrPresent @Schema(examples = "2020-11-20")
        LocalDate decisionDate,

        @Size(max = 1000) @Schema(examples = "Quyết định thành lập cụm công nghiệp")
        String note) {}
