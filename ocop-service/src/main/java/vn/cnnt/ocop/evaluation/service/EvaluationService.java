package vn.cnnt.ocop.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.cnnt.kit.history.History;
import vn.cnnt.kit.history.HistoryEntry;
import vn.cnnt.kit.id.RandomIds;
import vn.cnnt.kit.outbox.Outbox;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.problem.FieldError;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.security.Caller;
import vn.cnnt.kit.security.ProvinceScope;
import vn.cnnt.kit.security.Roles;
import vn.cnnt.kit.text.VietnameseText;
import vn.cnnt.ocop.CouncilLevel;
import vn.cnnt.ocop.OcopProblems;
import vn.cnnt.ocop.RecordProvinces;
import vn.cnnt.ocop.criteria.CriteriaSet;
import vn.cnnt.ocop.criteria.RecognitionRule;
import vn.cnnt.ocop.criteria.Regime;
import vn.cnnt.ocop.criteria.repository.CriteriaSetRepository;
import vn.cnnt.ocop.criteria.repository.RegimeRepository;
import vn.cnnt.ocop.evaluation.Evaluation;
import vn.cnnt.ocop.evaluation.MemberSheet;
import vn.cnnt.ocop.evaluation.Score;
import vn.cnnt.ocop.evaluation.Scoring;
import vn.cnnt.ocop.evaluation.api.CommunePreScreening;
import vn.cnnt.ocop.evaluation.api.EvaluationCompletedData;
import vn.cnnt.ocop.evaluation.api.EvaluationRequest;
import vn.cnnt.ocop.evaluation.api.EvaluationResponse;
import vn.cnnt.ocop.evaluation.api.EvaluationSummary;
import vn.cnnt.ocop.evaluation.repository.EvaluationRepository;
import vn.cnnt.ocop.product.Product;
import vn.cnnt.ocop.product.repository.ProductRepository;
import vn.cnnt.ocop.product.service.ProductService;

/**
 * Records a council's evaluation: scored against the criteria set of the product's category under the regime in force
 * on the decision date, capped by the mandatory minima and by what the council's level may recognise.
 */
@ApplicationScoped
public class EvaluationService {

    public static final String AGGREGATE = "evaluation";
    public static final String COMPLETED = "vn.cnnt.ocop.evaluation.completed.v1";

    private final EvaluationRepository evaluations;
    private final ProductRepository products;
    private final CriteriaSetRepository sets;
    private final RegimeRepository regimes;
    private final RecordProvinces provinces;
    private final History history;
    private final Outbox outbox;
    private final Caller caller;

    EvaluationService(
            EvaluationRepository evaluations,
            ProductRepository products,
            CriteriaSetRepository sets,
            RegimeRepository regimes,
            RecordProvinces provinces,
            History history,
            Outbox outbox,
            Caller caller) {
        this.evaluations = evaluations;
        this.products = products;
        this.sets = sets;
        this.regimes = regimes;
        this.provinces = provinces;
        this.history = history;
        this.outbox = outbox;
        this.caller = caller;
    }

    @Transactional
    public EvaluationResponse record(EvaluationRequest request) {
        caller.requireRole("Recording an evaluation", Roles.OFFICER, Roles.APPROVER, Roles.MINISTRY);
        Product product = products.withProducer(request.productId())
                .filter(p -> caller.canSee(p.currentProvinceCode))
                .orElseThrow(() -> new ProblemException(
                        OcopProblems.UNKNOWN_PRODUCT,
                        "Product " + request.productId() + " does not exist or is not visible to you",
                        List.of(new FieldError("productId", "is not a known product"))));
        if (request.councilLevel() == CouncilLevel.CENTRAL && !caller.isNational()) {
            throw OcopProblems.CENTRAL_COUNCIL_ONLY_NATIONAL.exception(
                    "Central council (Hội đồng cấp Trung ương) evaluations are recorded by the ministry");
        }
        Regime regime = regimes.inForceOn(request.decisionDate())
                .orElseThrow(() -> new ProblemException(
                        OcopProblems.NO_REGIME_ON_DATE,
                        "No OCOP regime was in force on " + request.decisionDate(),
                        List.of(new FieldError("decisionDate", "is before the first OCOP criteria regime"))));
        CriteriaSet set = criteriaSet(request, regime, product);
        requirePreScreening(request, regime);
        RecognitionRule rule = regimes.recognitionRule(regime.code, request.councilLevel())
                .orElseThrow(() -> new ProblemException(
                        OcopProblems.COUNCIL_LEVEL_NOT_IN_REGIME,
                        "There is no " + request.councilLevel() + " council under " + regime.legalBasis
                                + " (decision date " + request.decisionDate() + ")",
                        List.of(new FieldError("councilLevel", "does not exist under " + regime.legalBasis))));
        Score score = Scoring.score(
                set.sheet,
                request.sheets().stream()
                        .map(EvaluationRequest.MemberSheetRequest::choices)
                        .toList(),
                regimes.starBands(regime.code));
        RecognitionRule.Outcome outcome = rule.recognise(score.stars());
        if (outcome == null) {
            throw OcopProblems.LEVEL_CANNOT_RECOGNISE.exception(
                    "A " + rule.level() + " council under " + regime.legalBasis + " recognises " + rule.minStars() + "–"
                            + rule.maxStars() + "★, not " + score.stars() + "★");
        }
        Evaluation evaluation = newEvaluation(request, product, regime, score, outcome);
        evaluation.illustrativeSheet = set.illustrative;
        evaluations.persist(evaluation);
        evaluations.flush();
        EvaluationResponse created = toResponse(evaluation, product.name);
        history.record(AGGREGATE, evaluation.id, evaluation.version, "COMPLETED", caller.id(), null, created);
        outbox.record(
                ProductService.AGGREGATE,
                product.id,
                product.version,
                COMPLETED,
                new EvaluationCompletedData(
                        evaluation.id,
                        product.id,
                        product.name,
                        product.producer.id,
                        product.provinceCode,
                        product.currentProvinceCode,
                        evaluation.councilLevel,
                        evaluation.averageScore,
                        evaluation.stars,
                        created.proposedForCentral(),
                        evaluation.decisionNumber,
                        evaluation.decisionDate,
                        product.version,
                        evaluation.illustrativeSheet));
        return created;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationResponse get(UUID id) {
        Evaluation evaluation = load(id);
        return toResponse(evaluation, products.findById(evaluation.productId).name);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EvaluationSummary> list(String province, UUID productId, PageRequest page) {
        ProvinceScope scope = caller.listScope(provinces.filter(province));
        if (scope.isEmpty()) {
            return Page.empty();
        }
        var criteria =
                new EvaluationRepository.Criteria(scope.everything(), scope.code(), productId, page.dateAndIdCursor());
        return Page.of(
                evaluations.search(criteria, page.size() + 1),
                page,
                e -> PageRequest.DateAndId.cursor(e.decisionDate, e.id),
                e -> new EvaluationSummary(
                        e.id,
                        e.productId,
                        e.councilLevel,
                        e.round,
                        e.decisionNumber,
                        e.decisionDate,
                        e.averageScore,
                        e.stars,
                        isProposedForCentral(e),
                        e.certificateId,
                        e.currentProvinceCode,
                        e.version,
                        e.illustrativeSheet));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HistoryEntry> history(UUID id, PageRequest page) {
        load(id);
        return history.of(AGGREGATE, id, page);
    }

    private Evaluation load(UUID id) {
        Evaluation evaluation =
                evaluations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Evaluation", id));
        caller.requireVisible(evaluation.currentProvinceCode, "Evaluation", id);
        return evaluation;
    }

    private CriteriaSet criteriaSet(EvaluationRequest request, Regime regime, Product product) {
        // Share-locked until commit: a replacement of the set waits for this evaluation and then sees it (409), or this
        // evaluation waits for the replacement and scores against the new content; never against a changed sheet.
        CriteriaSet set = sets.findByIdOptional(request.criteriaSetId(), LockModeType.PESSIMISTIC_READ)
                .orElseThrow(() -> new ProblemException(
                        OcopProblems.UNKNOWN_CRITERIA_SET,
                        "No criteria set " + request.criteriaSetId(),
                        List.of(new FieldError("criteriaSetId", "is not a criteria set"))));
        if (!set.regimeCode.equals(regime.code)) {
            throw new ProblemException(
                    OcopProblems.CRITERIA_SET_WRONG_REGIME,
                    "Criteria set " + set.id + " belongs to regime " + set.regimeCode + ", but " + regime.legalBasis
                            + " (" + regime.code + ") was in force on " + request.decisionDate(),
                    List.of(new FieldError("criteriaSetId", "must be a criteria set of regime " + regime.code)));
        }
        if (set.retiredOn != null && !request.decisionDate().isBefore(set.retiredOn)) {
            throw new ProblemException(
                    OcopProblems.CRITERIA_SET_RETIRED,
                    "Criteria set " + set.id + " (" + set.name + ") was retired on " + set.retiredOn
                            + "; score with the sheet in use",
                    List.of(new FieldError("criteriaSetId", "was retired on " + set.retiredOn)));
        }
        if (!set.categoryCode.equals(product.categoryCode)) {
            throw new ProblemException(
                    OcopProblems.CRITERIA_SET_WRONG_CATEGORY,
                    "Criteria set " + set.id + " is for category " + set.categoryCode + ", the product is in category "
                            + product.categoryCode,
                    List.of(new FieldError(
                            "criteriaSetId", "must be a criteria set of category " + product.categoryCode)));
        }
        return set;
    }

    /** Under 1489/QĐ-TTg the commune pre-screens before the provincial council: a step with its decision. */
    private static void requirePreScreening(EvaluationRequest request, Regime regime) {
        CommunePreScreening screening = request.communePreScreening();
        if (screening == null) {
            if (regime.communePreScreeningRequired && request.councilLevel() == CouncilLevel.PROVINCIAL) {
                throw new ProblemException(
                        OcopProblems.COMMUNE_PRE_SCREENING_REQUIRED,
                        "Under " + regime.legalBasis + " (decision date " + request.decisionDate()
                                + ") the commune pre-screens and proposes the product before the provincial council",
                        List.of(new FieldError("communePreScreening", "is required: the commune's decision")));
            }
            return;
        }
        if (screening.decisionDate().isAfter(request.decisionDate())) {
            throw ProblemException.invalidField(
                    "communePreScreening.decisionDate", "must be on or before the council's decision date");
        }
    }

    private Evaluation newEvaluation(
            EvaluationRequest request, Product product, Regime regime, Score score, RecognitionRule.Outcome outcome) {
        Evaluation e = new Evaluation();
        e.id = RandomIds.next();
        e.productId = product.id;
        e.criteriaSetId = request.criteriaSetId();
        e.regimeCode = regime.code;
        e.councilLevel = request.councilLevel();
        e.round = VietnameseText.nfc(request.round());
        e.decisionNumber = VietnameseText.nfc(request.decisionNumber());
        e.decisionDate = request.decisionDate();
        e.partAScore = score.partA();
        e.partBScore = score.partB();
        e.partCScore = score.partC();
        e.averageScore = score.average();
        e.scoreStars = score.scoreStars();
        e.stars = outcome.stars();
        e.missedMandatory = score.missed();
        e.proposedToLevel = outcome.proposedTo();
        e.provinceCode = product.provinceCode;
        e.currentProvinceCode = product.currentProvinceCode;
        if (request.communePreScreening() != null) {
            e.preScreeningCommuneCode = request.communePreScreening().communeCode();
            e.preScreeningDecisionNumber =
                    VietnameseText.nfc(request.communePreScreening().decisionNumber());
            e.preScreeningDecisionDate = request.communePreScreening().decisionDate();
        }
        e.createdAt = Instant.now();
        e.createdBy = caller.id();
        for (int i = 0; i < request.sheets().size(); i++) {
            MemberSheet sheet = new MemberSheet();
            sheet.memberName = VietnameseText.nfc(request.sheets().get(i).memberName());
            sheet.totalScore = score.memberTotals().get(i);
            sheet.choices = request.sheets().get(i).choices();
            e.sheets.add(sheet);
        }
        return e;
    }

    static boolean isProposedForCentral(Evaluation e) {
        return e.councilLevel == CouncilLevel.PROVINCIAL && e.proposedToLevel == CouncilLevel.CENTRAL;
    }

    public static EvaluationResponse toResponse(Evaluation e, String productName) {
        return new EvaluationResponse(
                e.id,
                e.productId,
                productName,
                e.criteriaSetId,
                e.regimeCode,
                e.councilLevel,
                e.round,
                e.decisionNumber,
                e.decisionDate,
                Map.of("A", e.partAScore, "B", e.partBScore, "C", e.partCScore),
                e.averageScore,
                e.scoreStars,
                e.stars,
                e.stars >= 3,
                e.missedMandatory,
                isProposedForCentral(e),
                e.proposedToLevel,
                e.certificateId,
                e.preScreeningDecisionNumber == null
                        ? null
                        : new CommunePreScreening(
                                e.preScreeningCommuneCode, e.preScreeningDecisionNumber, e.preScreeningDecisionDate),
                e.illustrativeSheet,
                e.provinceCode,
                e.currentProvinceCode,
                e.sheets.stream()
                        .map(s -> new EvaluationResponse.MemberSheetResponse(s.memberName, s.totalScore, s.choices))
                        .toList(),
                e.version);
    }
}
