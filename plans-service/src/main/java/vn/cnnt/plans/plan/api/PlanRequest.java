package vn.cnnt.plans.plan.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.kit.money.Vnd;
import vn.cnnt.plans.plan.FundingSource;
import vn.cnnt.plans.plan.PlanKind;
import vn.cnnt.plans.plan.TaskCategory;

/** The content of a plan as an officer enters it; ids, status, versions and totals are the server's. */
@Schema(name = "PlanRequest", description = "A plan, scheme or programme (kế hoạch, đề án, chương trình) as entered")
public record PlanRequest(
        @NotNull PlanKind kind,

        @NotBlank @Size(max = 500) @Schema(examples = "Kế hoạch khuyến công tỉnh Cao Bằng giai đoạn 2021-2025")
        String title,

        @NotNull
        @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code")
        @Schema(description = "Province code valid on the issue date (mã tỉnh)", examples = "04")
        String provinceCode,

        @NotBlank @Size(max = 60) @Schema(description = "Số, ký hiệu", examples = "317/KH-UBND")
        String documentNumber,

        @NotBlank @Size(max = 300) @Schema(description = "Cơ quan ban hành", examples = "UBND tỉnh Cao Bằng")
        String issuingAuthority,

        @Size(max = 200) @Schema(description = "Người ký", examples = "Phan Quý Phương")
        String signer,

        @NotNull @Schema(description = "Ngày ban hành", examples = "2021-10-20")
        LocalDate issuedOn,

        @Schema(description = "Ngày có hiệu lực") LocalDate effectiveOn,

        @NotNull @Min(1990) @Max(2100) @Schema(examples = "2021")
        Integer periodFrom,

        @NotNull @Min(1990) @Max(2100) @Schema(examples = "2025")
        Integer periodTo,

        @Size(max = 50) @Schema(description = "Căn cứ: numbers of the documents it is based on")
        List<@NotBlank @Size(max = 60) String> legalBases,

        @Schema(description = "The scheme or programme this plan implements")
        UUID parentPlanId,

        @Size(max = 20_000) @Schema(description = "Mục đích, yêu cầu")
        String purposes,

        @Valid @Size(max = 300) List<@NotNull TaskRequest> tasks,
        @Valid @Size(max = 2_000) List<@NotNull FundingLineRequest> fundingLines) {

    public List<String> legalBasesOrEmpty() {
        return legalBases == null ? List.of() : legalBases;
    }

    public List<TaskRequest> tasksOrEmpty() {
        return tasks == null ? List.of() : tasks;
    }

    public List<FundingLineRequest> fundingLinesOrEmpty() {
        return fundingLines == null ? List.of() : fundingLines;
    }

    @Schema(name = "TaskRequest", description = "A task (nội dung, nhiệm vụ)")
    public record TaskRequest(
            @NotBlank @Size(max = 30) @Schema(examples = "II.2.a")
            String code,

            @NotBlank @Size(max = 500) String title,
            @Size(max = 10_000) String description,
            @NotNull TaskCategory category,

            @NotBlank @Size(max = 300) @Schema(description = "Cơ quan chủ trì", examples = "Sở Công Thương")
            String leadAgency,

            @Size(max = 30) @Schema(description = "Cơ quan phối hợp")
            List<@NotBlank String> coordinatingAgencies,

            @Valid @Size(max = 50) List<@NotNull TargetRequest> targets) {}

    @Schema(name = "TargetRequest", description = "A measurable target (chỉ tiêu)")
    public record TargetRequest(
            @NotBlank @Size(max = 300) @Schema(examples = "Sản phẩm OCOP đạt 3 sao trở lên")
            String indicator,

            @NotBlank @Size(max = 50) @Schema(examples = "sản phẩm")
            String unit,

            @NotNull @PositiveOrZero BigDecimal targetValue,
            @Min(1990) @Max(2100) Integer year) {}

    @Schema(name = "FundingLineRequest", description = "A line of the funding table (dự toán kinh phí)")
    public record FundingLineRequest(
            @NotNull @Min(1990) @Max(2100) Integer year,
            @NotNull FundingSource source,

            @Size(max = 30) @Schema(description = "Code of a task of this plan, or none for the plan as a whole")
            String taskCode,

            @NotNull @Positive @Vnd @Schema(description = "Amount in đồng (integer)", examples = "2760000000")
            Long amountVnd) {}
}
