package vn.cnnt.cluster.industrialcluster.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.cluster.industrialcluster.DeveloperKind;

/** The infrastructure developer (chủ đầu tư xây dựng hạ tầng kỹ thuật CCN). */
@Schema(
        name = "Developer",
        description = "Infrastructure developer (chủ đầu tư hạ tầng): enterprise, cooperative or public body")
public record DeveloperPayload(
        @NotNull @Schema(examples = "ENTERPRISE") DeveloperKind kind,

        @NotBlank @Size(max = 200) @Schema(examples = "Công ty Cổ phần Onsen Fuji Bắc Kạn")
        String name,

        @Pattern(regexp = "\\d{10}(\\d{3})?", message = "must be 10 or 13 digits")
        @Schema(description = "Tax code (mã số thuế), where the developer has one", examples = "4700123456")
        String taxCode) {}
