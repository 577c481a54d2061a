package vn.cnnt.plans.plan.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PlanVersionList",
        description = "The versions of a plan (các phiên bản), oldest first; the last is current")
public record PlanVersionList(List<PlanVersionResponse> items) {}
