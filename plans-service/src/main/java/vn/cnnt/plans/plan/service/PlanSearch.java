package vn.cnnt.plans.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.problem.FieldError;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.security.Caller;
import vn.cnnt.kit.security.ProvinceScope;
import vn.cnnt.kit.text.VietnameseText;
import vn.cnnt.kit.units.AdministrativeUnits;
import vn.cnnt.kit.web.QueryParams;
import vn.cnnt.plans.PlanProblems;
import vn.cnnt.plans.plan.DocumentNumber;
import vn.cnnt.plans.plan.PlanKind;
import vn.cnnt.plans.plan.PlanStatus;
import vn.cnnt.plans.plan.api.PlanSummary;
import vn.cnnt.plans.plan.repository.PlanRepository;

/** Searches plans within the caller's province scope, newest issue date first, with keyset pages. */
@ApplicationScoped
public class PlanSearch {

    /** The filters of {@code GET /api/v1/plans}; all optional. */
    public record Filters(
            String province,
            String kind,
            String status,
            Integer periodFrom,
            Integer periodTo,
            String documentNumber,
            String q) {}

    private final PlanRepository plans;
    private final AdministrativeUnits units;
    private final Caller caller;

    PlanSearch(PlanRepository plans, AdministrativeUnits units, Caller caller) {
        this.plans = plans;
        this.units = units;
        this.caller = caller;
    }

    public Page<PlanSummary> search(Filters f, PageRequest page) {
        String requested = f.province() == null ? null : units.requireCurrentOrFormer("province", f.province());
        ProvinceScope scope = caller.listScope(requested);
        if (scope.isEmpty()) {
            return Page.empty();
        }
        if (f.periodFrom() != null && f.periodTo() != null && f.periodTo() < f.periodFrom()) {
            throw new ProblemException(
                    PlanProblems.INVALID_PERIOD,
                    "The period ends (" + f.periodTo() + ") before it starts (" + f.periodFrom() + ")",
                    List.of(new FieldError("periodTo", "must not be before periodFrom")));
        }
        var criteria = new PlanRepository.Criteria(
                scope.everything(),
                scope.code(),
                QueryParams.enumValue("kind", f.kind(), PlanKind.class),
                QueryParams.enumValue("status", f.status(), PlanStatus.class),
                f.periodFrom(),
                f.periodTo(),
                canonical(f.documentNumber()),
                f.q(),
                page.dateAndIdCursor());
        return Page.of(
                plans.search(criteria, page.size() + 1),
                page,
                r -> PageRequest.DateAndId.cursor(r.issuedOn(), r.id()),
                summary -> summary);
    }

    /** Numbers are compared without their leading zero ("08/KH-UBND" finds 8/KH-UBND); text that does not parse matches nothing. */
    private static String canonical(String documentNumber) {
        return documentNumber == null
                ? null
                : DocumentNumber.parse(documentNumber)
                        .map(DocumentNumber::toString)
                        .orElse(VietnameseText.nfc(documentNumber));
    }
}
