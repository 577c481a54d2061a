package vn.cnnt.plans.plan.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.plans.plan.PlanKind;
import vn.cnnt.plans.plan.PlanStatus;

@Schema(name = "PlanSummary", description = "A plan in a list")
public record PlanSummary(
        UUID id,
        long version,
        PlanKind kind,
        String title,
        String provinceCode,
        String currentProvinceCode,
        String documentNumber,
        LocalDate issuedOn,
        int periodFrom,
        int periodTo,
        PlanStatus status,
        long totalVnd) {}
