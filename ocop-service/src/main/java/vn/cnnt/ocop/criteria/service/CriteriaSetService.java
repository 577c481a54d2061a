package vn.cnnt.ocop.criteria.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import vn.cnnt.kit.history.History;
import vn.cnnt.kit.history.HistoryEntry;
import vn.cnnt.kit.id.RandomIds;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.problem.FieldError;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.problem.ProblemType;
import vn.cnnt.kit.security.Caller;
import vn.cnnt.kit.security.Roles;
import vn.cnnt.kit.text.VietnameseText;
import vn.cnnt.kit.time.VietnamTime;
import vn.cnnt.kit.web.ETags;
import vn.cnnt.ocop.OcopProblems;
import vn.cnnt.ocop.criteria.CriteriaSet;
import vn.cnnt.ocop.criteria.Regime;
import vn.cnnt.ocop.criteria.api.CategoryResponse;
import vn.cnnt.ocop.criteria.api.CriteriaSetRequest;
import vn.cnnt.ocop.criteria.api.CriteriaSetResponse;
import vn.cnnt.ocop.criteria.api.RegimeResponse;
import vn.cnnt.ocop.criteria.repository.CategoryRepository;
import vn.cnnt.ocop.criteria.repository.CriteriaSetRepository;
import vn.cnnt.ocop.criteria.repository.RegimeRepository;

/** Criteria sets as data: read by anyone, loaded and replaced by administrators, never changed once scored against. */
@ApplicationScoped
public class CriteriaSetService {

    static final String AGGREGATE = "criteria-set";

    private final CriteriaSetRepository sets;
    private final RegimeRepository regimes;
    private final CategoryRepository categories;
    private final History history;
    private final Caller caller;

    CriteriaSetService(
            CriteriaSetRepository sets,
            RegimeRepository regimes,
            CategoryRepository categories,
            History history,
            Caller caller) {
        this.sets = sets;
        this.regimes = regimes;
        this.categories = categories;
        this.history = history;
        this.caller = caller;
    }

    @Transactional
    public CriteriaSetResponse create(CriteriaSetRequest request) {
        caller.requireRole("Loading a criteria set", Roles.ADMIN);
        Regime regime = validate(request);
        CriteriaSet set = new CriteriaSet();
        set.id = RandomIds.next();
        set.categoryCode = request.categoryCode();
        set.regimeCode = regime.code;
        sets.lockSheetVersions(request.categoryCode(), regime.code);
        set.sheetVersion = sets.nextSheetVersion(request.categoryCode(), regime.code);
        set.name = VietnameseText.nfc(request.name());
        set.sheet = request.sheet();
        set.illustrative = request.isIllustrative();
        set.createdAt = Instant.now();
        sets.persist(set);
        sets.flush();
        CriteriaSetResponse created = toResponse(set);
        history.record(AGGREGATE, set.id, set.version, "LOADED", caller.id(), null, created);
        return created;
    }

    @Transactional
    public CriteriaSetResponse replace(UUID id, String ifMatch, CriteriaSetRequest request) {
        caller.requireRole("Replacing a criteria set", Roles.ADMIN);
        // Exclusive until commit; evaluations scoring against the set hold it shared, so the usage check below is
        // exact.
        CriteriaSet set = sets.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Criteria set", id));
        ETags.requireMatch(ifMatch, set.version);
        if (!set.categoryCode.equals(request.categoryCode()) || !set.regimeCode.equals(request.regimeCode())) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "A sheet keeps its category and regime; load a new set for another one",
                    List.of(
                            new FieldError("categoryCode", "must stay " + set.categoryCode),
                            new FieldError("regimeCode", "must stay " + set.regimeCode)));
        }
        if (sets.usedByEvaluations(id)) {
            throw OcopProblems.CRITERIA_SET_IN_USE.exception("Evaluations were scored against criteria set " + id
                    + "; load a new version with POST /api/v1/ocop/criteria-sets instead");
        }
        validate(request);
        CriteriaSetResponse before = toResponse(set);
        set.name = VietnameseText.nfc(request.name());
        set.sheet = request.sheet();
        set.illustrative = request.isIllustrative();
        sets.flush();
        CriteriaSetResponse after = toResponse(set);
        history.record(AGGREGATE, set.id, set.version, "REPLACED", caller.id(), before, after);
        return after;
    }

    /**
     * Retires a sheet from today (Vietnam's calendar): evaluations decided from today on must use another one (the
     * official sheets once loaded); those scored with it keep it.
     */
    @Transactional
    public CriteriaSetResponse retire(UUID id, String ifMatch) {
        caller.requireRole("Retiring a criteria set", Roles.ADMIN);
        CriteriaSet set = sets.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Criteria set", id));
        ETags.requireMatch(ifMatch, set.version);
        if (set.retiredOn != null) {
            throw ProblemType.INVALID_TRANSITION.exception("Criteria set " + id + " was retired on " + set.retiredOn);
        }
        CriteriaSetResponse before = toResponse(set);
        set.retiredOn = VietnamTime.today();
        sets.flush();
        CriteriaSetResponse after = toResponse(set);
        history.record(AGGREGATE, set.id, set.version, "RETIRED", caller.id(), before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CriteriaSetResponse get(UUID id) {
        return sets.findByIdOptional(id)
                .map(CriteriaSetService::toResponse)
                .orElseThrow(() -> ProblemException.notFound("Criteria set", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CriteriaSetResponse> list(String categoryCode, String regimeCode, PageRequest page) {
        return Page.of(
                sets.search(categoryCode, regimeCode, page.uuidCursor(), page.size() + 1),
                page,
                s -> s.id.toString(),
                CriteriaSetService::toResponse);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HistoryEntry> history(UUID id, PageRequest page) {
        get(id);
        return history.of(AGGREGATE, id, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CategoryResponse> categories() {
        return categories.allByCode().stream()
                .map(c -> new CategoryResponse(
                        c.code,
                        c.sectorCode,
                        c.sectorName,
                        c.groupName,
                        c.setName,
                        Arrays.asList(c.leadMinistries.split(","))))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegimeResponse> regimes() {
        return regimes.allByDate().stream()
                .map(r -> new RegimeResponse(
                        r.code,
                        r.legalBasis,
                        r.effectiveFrom,
                        r.effectiveTo,
                        new TreeMap<>(r.partMaxima()),
                        regimes.starBands(r.code).minimumScoreByStars(),
                        regimes.recognitionRules(r.code).stream()
                                .map(rule -> new RegimeResponse.Recognition(
                                        rule.level().name(), rule.minStars(), rule.maxStars()))
                                .toList(),
                        r.communePreScreeningRequired))
                .toList();
    }

    private Regime validate(CriteriaSetRequest request) {
        categories.require(request.categoryCode());
        Regime regime = regimes.findByIdOptional(request.regimeCode())
                .orElseThrow(() -> new ProblemException(
                        OcopProblems.UNKNOWN_REGIME,
                        "No OCOP regime " + request.regimeCode(),
                        List.of(new FieldError("regimeCode", "is not a regime code of GET /api/v1/ocop/regimes"))));
        SheetRules.check(request.sheet(), regime);
        return regime;
    }

    static CriteriaSetResponse toResponse(CriteriaSet s) {
        return new CriteriaSetResponse(
                s.id,
                s.categoryCode,
                s.regimeCode,
                s.sheetVersion,
                s.name,
                s.sheet,
                s.illustrative,
                s.retiredOn,
                s.version);
    }
}
