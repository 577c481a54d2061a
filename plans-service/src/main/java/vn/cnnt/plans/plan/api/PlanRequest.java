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
import vn.cnnt.plans.plan.OcopCount;
import vn.cnnt.plans.plan.OtherProgramme;
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

        @Valid @Size(max = 50) @Schema(description = "Căn cứ: the documents it is based on, with their dates")
        List<@NotNull LegalBasisRequest> legalBases,

        @Size(max = 300)
        @Schema(
                description = "Đơn vị thực hiện, where the document names one distinct from the lead agencies",
                examples = "Trung tâm Khuyến công – Tư vấn phát triển công nghiệp")
        String implementingUnit,

        @Schema(description = "The scheme or programme this plan implements")
        UUID parentPlanId,

        @Size(max = 20_000) @Schema(description = "Mục đích, yêu cầu")
        String purposes,

        @Valid @Size(max = 300) List<@NotNull TaskRequest> tasks,
        @Valid @Size(max = 2_000) List<@NotNull FundingLineRequest> fundingLines) {

    public List<LegalBasisRequest> legalBasesOrEmpty() {
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

            @Size(max = 300)
            @Schema(
                    description = "Đơn vị thực hiện, when distinct from the lead agency",
                    examples = "Trung tâm Khuyến công – Tư vấn phát triển công nghiệp")
            String implementingUnit,

            @Size(max = 30) @Schema(description = "Cơ quan phối hợp")
            List<@NotBlank String> coordinatingAgencies,

            @Valid @Size(max = 20) @Schema(description = "The task's own legal bases (căn cứ), beyond the plan's")
            List<@NotNull LegalBasisRequest> legalBases,

            @Valid @Size(max = 50) List<@NotNull TargetRequest> targets) {}

    @Schema(name = "LegalBasisRequest", description = "A legal basis (căn cứ): a document's number and date")
    public record LegalBasisRequest(
            @NotBlank @Size(max = 60) @Schema(description = "Số, ký hiệu, as written", examples = "597/QĐ-UBND")
            String documentNumber,

            @Schema(description = "Ngày ban hành", examples = "2019-03-12")
            LocalDate issuedOn,

            @Size(max = 500) @Schema(description = "Trích yếu")
            String title) {}

    @Schema(name = "TargetRequest", description = "A measurable target (chỉ tiêu)")
    public record TargetRequest(
            @NotBlank @Size(max = 300) @Schema(examples = "Sản phẩm OCOP đạt 3 sao trở lên")
            String indicator,

            @NotBlank @Size(max = 50) @Schema(examples = "sản phẩm")
            String unit,

            @NotNull @PositiveOrZero BigDecimal targetValue,
            @Min(1990) @Max(2100) Integer year,

            @Valid @Schema(description = "For a target counted from OCOP certificates: which stars, new or cumulative")
            OcopMeasure ocop) {}

    @Schema(
            name = "OcopMeasure",
            description = "How an OCOP target is counted: products certified with at least minStars (3: 3★+, 4: 4★+, "
                    + "5: 5★) by a decision of the target's year (NEW) or of any year up to it (CUMULATIVE)")
    public record OcopMeasure(
            @NotNull @Min(3) @Max(5) @Schema(examples = "3") Integer minStars,
            @NotNull OcopCount count) {}

    @Schema(
            name = "FundingLineRequest",
            description = "A line of the funding table: an estimate (dự kiến), for one year or for the whole period")
    public record FundingLineRequest(
            @Min(1990) @Max(2100) @Schema(description = "The year, or none for the whole period of the plan")
            Integer year,

            @NotNull FundingSource source,

            @Schema(description = "For OTHER money (lồng ghép): the programme it comes from; required for OTHER only")
            OtherProgramme programme,

            @Size(max = 300) @Schema(examples = "Chương trình MTQG xây dựng nông thôn mới")
            String programmeName,

            @Size(max = 30) @Schema(description = "Code of a task of this plan, or none for the plan as a whole")
            String taskCode,

            @NotNull
            @Positive
            @Vnd
            @Schema(description = "Amount in đồng (integer, at most 10^15)", examples = "13800000000")
            Long amountVnd) {}
}
