package vn.cnnt.ocop.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
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
import vn.cnnt.kit.web.ETags;
import vn.cnnt.kit.web.QueryParams;
import vn.cnnt.ocop.CertificateStatus;
import vn.cnnt.ocop.CouncilLevel;
import vn.cnnt.ocop.OcopProblems;
import vn.cnnt.ocop.RecordProvinces;
import vn.cnnt.ocop.certificate.Certificate;
import vn.cnnt.ocop.certificate.api.CertificateResponse;
import vn.cnnt.ocop.certificate.api.IssueRequest;
import vn.cnnt.ocop.certificate.api.RevocationRequest;
import vn.cnnt.ocop.certificate.api.Statistics;
import vn.cnnt.ocop.certificate.api.Verification;
import vn.cnnt.ocop.certificate.repository.CertificateRepository;
import vn.cnnt.ocop.evaluation.Evaluation;
import vn.cnnt.ocop.evaluation.repository.EvaluationRepository;
import vn.cnnt.ocop.evaluation.service.EvaluationService;
import vn.cnnt.ocop.product.Product;
import vn.cnnt.ocop.product.repository.ProductRepository;

/** Certificates: issued on a recognised evaluation (replacing the product's current one), revoked, verified, counted. */
@ApplicationScoped
public class CertificateService {

    private final CertificateRepository certificates;
    private final EvaluationRepository evaluations;
    private final ProductRepository products;
    private final Certification certification;
    private final RecordProvinces provinces;
    private final History history;
    private final Caller caller;

    CertificateService(
            CertificateRepository certificates,
            EvaluationRepository evaluations,
            ProductRepository products,
            Certification certification,
            RecordProvinces provinces,
            History history,
            Caller caller) {
        this.certificates = certificates;
        this.evaluations = evaluations;
        this.products = products;
        this.certification = certification;
        this.provinces = provinces;
        this.history = history;
        this.caller = caller;
    }

    @Transactional
    public CertificateResponse issue(UUID evaluationId, String ifMatch, IssueRequest request) {
        caller.requireRole("Issuing a certificate", Roles.APPROVER, Roles.MINISTRY);
        // Locked, then read fresh: concurrent issues of one evaluation, and of one product's evaluations, run one after
        // the other, so the later one sees the certificate the earlier one issued (never a constraint violation).
        Evaluation evaluation = evaluations
                .findByIdOptional(evaluationId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Evaluation", evaluationId));
        caller.requireVisible(evaluation.currentProvinceCode, "Evaluation", evaluationId);
        Product product = products.findByIdOptional(evaluation.productId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow();
        ETags.requireMatch(ifMatch, evaluation.version);
        requireCertifiable(evaluation, request);
        LocalDate today = VietnamTime.today();
        // A later decision stands even once expired or revoked: an older evaluation never overwrites the product's
        // stars.
        Optional<Certificate> latest = certificates.latestOf(evaluation.productId);
        if (latest.isPresent() && latest.get().decisionDate.isAfter(evaluation.decisionDate)) {
            throw OcopProblems.NEWER_CERTIFICATE_EXISTS.exception(
                    "The product holds certificate " + latest.get().certificateNumber + " of "
                            + latest.get().decisionDate + ", later than this evaluation");
        }
        Optional<Certificate> current = certificates.validOf(evaluation.productId);
        Certificate certificate = newCertificate(evaluation, request, today);
        // Closed as REPLACED (never REVOKED) before its successor is inserted: at most one VALID per product.
        current.ifPresent(old -> certification.replaced(old, certificate, caller.id(), today));
        certificates.persist(certificate);
        var evaluationBefore = EvaluationService.toResponse(evaluation, null);
        evaluation.certificateId = certificate.id;
        certificates.flush();
        history.record(
                EvaluationService.AGGREGATE,
                evaluation.id,
                evaluation.version,
                "CERTIFIED",
                caller.id(),
                evaluationBefore,
                EvaluationService.toResponse(evaluation, null));
        certification.changed(
                certificate, product, null, "ISSUED", caller.id(), Certification.ISSUED, current.orElse(null));
        return Certification.toResponse(certificate);
    }

    @Transactional
    public CertificateResponse revoke(UUID id, String ifMatch, RevocationRequest request) {
        caller.requireRole("Revoking a certificate", Roles.APPROVER, Roles.MINISTRY);
        Certificate certificate = load(id);
        // The product first, then the certificate read fresh: the same lock order as issuing, which replaces it.
        Product product = products.findByIdOptional(certificate.productId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow();
        certificates.refreshLocked(certificate);
        ETags.requireMatch(ifMatch, certificate.version);
        if (certificate.status != CertificateStatus.VALID) {
            throw ProblemType.INVALID_TRANSITION.exception(
                    "The certificate is " + certificate.status + "; only a VALID certificate can be revoked");
        }
        CertificateResponse before = Certification.toResponse(certificate);
        certificate.status = CertificateStatus.REVOKED;
        certificate.statusReason =
                VietnameseText.nfc(request.reason()) + " (" + VietnameseText.nfc(request.decisionNumber()) + ")";
        certificate.revocationDecisionNumber = VietnameseText.nfc(request.decisionNumber());
        certificate.statusChangedOn = VietnamTime.today();
        certification.changed(certificate, product, before, "REVOKED", caller.id(), Certification.REVOKED);
        return Certification.toResponse(certificate);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CertificateResponse get(UUID id) {
        return Certification.toResponse(load(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CertificateResponse> list(
            String province, String status, UUID productId, Integer expiringWithinDays, PageRequest page) {
        if (expiringWithinDays != null && (expiringWithinDays < 0 || expiringWithinDays > 3660)) {
            throw ProblemException.invalidField("expiringWithinDays", "must be between 0 and 3660");
        }
        ProvinceScope scope = caller.listScope(provinces.filter(province));
        if (scope.isEmpty()) {
            return Page.empty();
        }
        CertificateStatus wanted = QueryParams.enumValue("status", status, CertificateStatus.class);
        if (expiringWithinDays != null) {
            wanted = CertificateStatus.VALID;
        }
        LocalDate until =
                expiringWithinDays == null ? null : VietnamTime.today().plusDays(expiringWithinDays);
        var criteria = new CertificateRepository.Criteria(
                scope.everything(), scope.code(), wanted, productId, until, page.dateAndIdCursor());
        return Page.of(
                certificates.search(criteria, page.size() + 1),
                page,
                c -> PageRequest.DateAndId.cursor(c.validUntil, c.id),
                Certification::toResponse);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HistoryEntry> history(UUID id, PageRequest page) {
        load(id);
        return history.of(Certification.AGGREGATE, id, page);
    }

    /** Public: no caller, no scope; only validity, names, stars and dates. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verify(String certificateNumber) {
        Certificate certificate = certificates
                .byNumber(certificateNumber)
                .orElseThrow(() -> OcopProblems.UNKNOWN_CERTIFICATE_NUMBER.exception(
                        "No OCOP certificate has the number " + certificateNumber));
        Product product = products.withProducer(certificate.productId).orElseThrow();
        LocalDate today = VietnamTime.today();
        CertificateStatus status = certificate.status == CertificateStatus.VALID && !certificate.validOn(today)
                ? CertificateStatus.EXPIRED
                : certificate.status;
        return new Verification(
                certificate.certificateNumber,
                certificate.validOn(today),
                status,
                product.name,
                product.producer.name,
                certificate.stars,
                certificate.decisionDate,
                certificate.validUntil,
                certificate.validUntil,
                certificate.illustrativeSheet);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Statistics statistics(String province) {
        ProvinceScope scope = caller.aggregateScope(provinces.filter(province));
        var counts = certificates.validByStars(scope.everything(), scope.code(), VietnamTime.today());
        return new Statistics(
                scope.code(),
                counts.three(),
                counts.four(),
                counts.five(),
                counts.three() + counts.four() + counts.five(),
                certificates.countWithStatus(scope.everything(), scope.code(), CertificateStatus.REVOKED),
                certificates.countWithStatus(scope.everything(), scope.code(), CertificateStatus.REPLACED));
    }

    private void requireCertifiable(Evaluation evaluation, IssueRequest request) {
        if (evaluation.certificateId != null) {
            throw OcopProblems.ALREADY_CERTIFIED.exception(
                    "Evaluation " + evaluation.id + " already has certificate " + evaluation.certificateId);
        }
        if (evaluation.stars < 3) {
            throw OcopProblems.STARS_BELOW_CERTIFICATION.exception("The evaluation recognised " + evaluation.stars
                    + "★; only products of 3★ or more receive a certificate");
        }
        if (evaluation.councilLevel == CouncilLevel.CENTRAL && !caller.isNational()) {
            throw OcopProblems.CENTRAL_COUNCIL_ONLY_NATIONAL.exception("5★ certificates are issued by the ministry");
        }
        if (certificates.numberTaken(request.certificateNumber())) {
            throw OcopProblems.DUPLICATE_CERTIFICATE_NUMBER.exception(
                    "Certificate number " + request.certificateNumber() + " is already issued");
        }
    }

    private static Certificate newCertificate(Evaluation evaluation, IssueRequest request, LocalDate today) {
        Certificate c = new Certificate();
        c.id = RandomIds.next();
        c.certificateNumber = request.certificateNumber();
        c.productId = evaluation.productId;
        c.evaluationId = evaluation.id;
        c.stars = evaluation.stars;
        c.issuingLevel = evaluation.councilLevel;
        c.decisionNumber = evaluation.decisionNumber;
        c.decisionDate = evaluation.decisionDate;
        c.validUntil = evaluation.decisionDate.plusMonths(Certificate.VALIDITY_MONTHS);
        // A decision entered after its 36 months (an old record) is on file as already expired.
        c.status = today.isAfter(c.validUntil) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
        c.statusChangedOn = c.status == CertificateStatus.EXPIRED ? today : null;
        c.provinceCode = evaluation.provinceCode;
        c.currentProvinceCode = evaluation.currentProvinceCode;
        c.illustrativeSheet = evaluation.illustrativeSheet;
        c.createdAt = Instant.now();
        return c;
    }

    private Certificate load(UUID id) {
        Certificate certificate =
                certificates.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Certificate", id));
        caller.requireVisible(certificate.currentProvinceCode, "Certificate", id);
        return certificate;
    }
}
