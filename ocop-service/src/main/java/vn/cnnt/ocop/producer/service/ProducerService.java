package vn.cnnt.ocop.producer.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import vn.cnnt.kit.history.History;
import vn.cnnt.kit.history.HistoryEntry;
import vn.cnnt.kit.id.RandomIds;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.security.Caller;
import vn.cnnt.kit.security.ProvinceScope;
import vn.cnnt.kit.security.Roles;
import vn.cnnt.kit.text.VietnameseText;
import vn.cnnt.kit.web.ETags;
import vn.cnnt.kit.web.QueryParams;
import vn.cnnt.ocop.OcopProblems;
import vn.cnnt.ocop.RecordProvinces;
import vn.cnnt.ocop.producer.Producer;
import vn.cnnt.ocop.producer.ProducerKind;
import vn.cnnt.ocop.producer.api.ProducerRequest;
import vn.cnnt.ocop.producer.api.ProducerResponse;
import vn.cnnt.ocop.producer.repository.ProducerRepository;

/** Producers (chủ thể OCOP) of the caller's province: registered and corrected by officers, with history. */
@ApplicationScoped
public class ProducerService {

    static final String AGGREGATE = "producer";
    private static final String[] WRITERS = {Roles.OFFICER, Roles.APPROVER, Roles.MINISTRY};

    private final ProducerRepository producers;
    private final RecordProvinces provinces;
    private final History history;
    private final Caller caller;

    ProducerService(ProducerRepository producers, RecordProvinces provinces, History history, Caller caller) {
        this.producers = producers;
        this.provinces = provinces;
        this.history = history;
        this.caller = caller;
    }

    @Transactional
    public ProducerResponse create(ProducerRequest request) {
        caller.requireRole("Registering a producer", WRITERS);
        Producer producer = new Producer();
        producer.id = RandomIds.next();
        producer.createdAt = Instant.now();
        apply(producer, request);
        producers.persist(producer);
        producers.flush();
        ProducerResponse created = toResponse(producer);
        history.record(AGGREGATE, producer.id, producer.version, "REGISTERED", caller.id(), null, created);
        return created;
    }

    @Transactional
    public ProducerResponse update(UUID id, String ifMatch, ProducerRequest request) {
        caller.requireRole("Editing a producer", WRITERS);
        Producer producer = load(id);
        ETags.requireMatch(ifMatch, producer.version);
        ProducerResponse before = toResponse(producer);
        apply(producer, request);
        producers.flush();
        ProducerResponse after = toResponse(producer);
        history.record(AGGREGATE, producer.id, producer.version, "UPDATED", caller.id(), before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProducerResponse get(UUID id) {
        return toResponse(load(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProducerResponse> list(String province, String kind, String taxCode, String q, PageRequest page) {
        ProvinceScope scope = caller.listScope(provinces.filter(province));
        if (scope.isEmpty()) {
            return Page.empty();
        }
        var criteria = new ProducerRepository.Criteria(
                scope.everything(),
                scope.code(),
                QueryParams.enumValue("kind", kind, ProducerKind.class),
                taxCode,
                q,
                page.uuidCursor());
        return Page.of(
                producers.search(criteria, page.size() + 1), page, p -> p.id.toString(), ProducerService::toResponse);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HistoryEntry> history(UUID id, PageRequest page) {
        load(id);
        return history.of(AGGREGATE, id, page);
    }

    private Producer load(UUID id) {
        Producer producer = producers.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Producer", id));
        caller.requireVisible(producer.currentProvinceCode, "Producer", id);
        return producer;
    }

    private void apply(Producer producer, ProducerRequest request) {
        String currentProvinceCode =
                provinces.requireWritable("provinceCode", request.provinceCode(), request.registeredOn());
        if (request.taxCode() != null && producers.taxCodeTaken(request.taxCode(), producer.id)) {
            throw OcopProblems.DUPLICATE_TAX_CODE.exception(
                    "Tax code " + request.taxCode() + " is already registered to another producer");
        }
        producer.name = VietnameseText.nfc(request.name());
        producer.kind = request.kind();
        producer.taxCode = request.taxCode();
        producer.provinceCode = request.provinceCode();
        producer.currentProvinceCode = currentProvinceCode;
        producer.communeCode = request.communeCode();
        producer.registeredOn = request.registeredOn();
        producer.searchText =
                VietnameseText.fold(producer.name + " " + (producer.taxCode == null ? "" : producer.taxCode));
    }

    public static ProducerResponse toResponse(Producer p) {
        return new ProducerResponse(
                p.id,
                p.name,
                p.kind,
                p.taxCode,
                p.provinceCode,
                p.currentProvinceCode,
                p.communeCode,
                p.registeredOn,
                p.version);
    }
}
