package vn.cnnt.funding.beneficiary.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import vn.cnnt.funding.beneficiary.Beneficiary;
import vn.cnnt.funding.beneficiary.api.BeneficiaryRequest;
import vn.cnnt.funding.beneficiary.api.BeneficiaryResponse;
import vn.cnnt.funding.beneficiary.repository.BeneficiaryRepository;
import vn.cnnt.kit.history.History;
import vn.cnnt.kit.history.HistoryEntry;
import vn.cnnt.kit.id.RandomIds;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.problem.ProblemType;
import vn.cnnt.kit.security.Caller;
import vn.cnnt.kit.security.ProvinceScope;
import vn.cnnt.kit.security.Roles;
import vn.cnnt.kit.text.VietnameseText;
import vn.cnnt.kit.time.VietnamTime;
import vn.cnnt.kit.units.AdministrativeUnits;
import vn.cnnt.kit.units.ProvinceUnit;

@ApplicationScoped
public class BeneficiaryService {

    public static final ProblemType DUPLICATE_TAX_CODE =
            new ProblemType("duplicate-tax-code", 409, "Tax code already registered");

    private final BeneficiaryRepository beneficiaries;
    private final AdministrativeUnits units;
    private final Caller caller;
    private final History history;

    BeneficiaryService(BeneficiaryRepository beneficiaries, AdministrativeUnits units, Caller caller, History history) {
        this.beneficiaries = beneficiaries;
        this.units = units;
        this.caller = caller;
        this.history = history;
    }

    @Transactional
    public BeneficiaryResponse register(BeneficiaryRequest r) {
        caller.requireRole("Registering a beneficiary", Roles.OFFICER, Roles.APPROVER, Roles.MINISTRY);
        ProvinceUnit unit = units.require("provinceCode", r.provinceCode(), VietnamTime.today());
        caller.requireWritable(unit.currentCode(), r.provinceCode());
        if (r.taxCode() != null && beneficiaries.taxCodeTaken(r.taxCode())) {
            throw DUPLICATE_TAX_CODE.exception("Tax code " + r.taxCode() + " is already registered");
        }
        Beneficiary b = new Beneficiary();
        b.id = RandomIds.next();
        b.kind = r.kind();
        b.name = VietnameseText.nfc(r.name());
        b.taxCode = r.taxCode();
        b.provinceCode = r.provinceCode();
        b.currentProvinceCode = unit.currentCode();
        b.communeCode = r.communeCode();
        b.address = VietnameseText.nfc(r.address());
        b.searchText = VietnameseText.fold(b.name + " " + (b.taxCode == null ? "" : b.taxCode) + " " + unit.name());
        b.createdAt = Instant.now();
        b.createdBy = caller.id();
        beneficiaries.persist(b);
        beneficiaries.flush();
        BeneficiaryResponse view = view(b);
        history.record("beneficiary", b.id, b.version, "REGISTERED", caller.id(), null, view);
        return view;
    }

    public BeneficiaryResponse get(UUID id) {
        Beneficiary b = beneficiaries.findById(id);
        if (b == null || !caller.canSee(b.currentProvinceCode)) {
            throw ProblemException.notFound("Beneficiary", id);
        }
        return view(b);
    }

    public boolean visible(UUID id) {
        Beneficiary b = beneficiaries.findById(id);
        return b != null && caller.canSee(b.currentProvinceCode);
    }

    /** Serialises the approvals that sum what one establishment receives (ceilings per establishment). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForSupport(UUID id) {
        beneficiaries.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Page<HistoryEntry> history(UUID id, PageRequest page) {
        get(id);
        return history.of("beneficiary", id, page);
    }

    public Page<BeneficiaryResponse> list(String province, String taxCode, String q, PageRequest page) {
        ProvinceScope scope =
                caller.listScope(province == null ? null : units.requireCurrentOrFormer("province", province));
        if (scope.isEmpty()) {
            return Page.empty();
        }
        UUID after;
        try {
            after = page.cursor() == null ? null : UUID.fromString(page.cursor());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("pageToken", "is not a token returned by this list");
        }
        return Page.of(
                beneficiaries.search(scope.code(), taxCode, q, after, page.size() + 1),
                page,
                b -> b.id.toString(),
                BeneficiaryService::view);
    }

    private static BeneficiaryResponse view(Beneficiary b) {
        return new BeneficiaryResponse(
                b.id,
                b.version,
                b.kind,
                b.name,
                b.taxCode,
                b.provinceCode,
                b.currentProvinceCode,
                b.communeCode,
                b.address);
    }
}
