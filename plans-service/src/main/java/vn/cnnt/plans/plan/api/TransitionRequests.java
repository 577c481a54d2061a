package vn.cnnt.plans.plan.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the lifecycle sub-resources. */
public final class TransitionRequests {

    private TransitionRequests() {}

    @Schema(name = "Submission", description = "Tờ trình: the draft goes to the approver")
    public record Submission(@Size(max = 2_000) String note) {}

    @Schema(name = "Approval", description = "Ban hành: the plan takes effect")
    public record Approval(
            @Size(max = 60) @Schema(examples = "1877/QĐ-UBND")
            String decisionNumber,

            @Size(max = 2_000) String note) {}

    @Schema(name = "Completion")
    public record Completion(@Size(max = 2_000) String note) {}

    @Schema(name = "Cancellation")
    public record Cancellation(
            @NotBlank @Size(max = 2_000) String reason,
            @Size(max = 60) String decisionNumber) {}

    @Schema(
            name = "Supersession",
            description = "Thay thế: an approved plan is replaced by another document (its number and date; the "
                    + "replacing plan's id when it is entered here)")
    public record Supersession(
            @NotBlank @Size(max = 60) @Schema(examples = "12/KH-UBND")
            String supersedingDocumentNumber,

            @NotNull LocalDate supersededOn,
            UUID supersedingPlanId,
            @Size(max = 2_000) String note) {}

    @Schema(
            name = "Amendment",
            description = "An amending document (văn bản sửa đổi, bổ sung) and the plan's new content")
    public record Amendment(
            @NotBlank @Size(max = 60) @Schema(examples = "45/KH-UBND")
            String amendingDocumentNumber,

            @NotNull LocalDate amendedOn,
            @NotBlank @Size(max = 5_000) String rationale,
            @NotNull @Valid PlanRequest content) {}
}
