package vn.cnnt.ocop.product.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.cnnt.kit.history.History;
import vn.cnnt.kit.history.HistoryEntry;
import vn.cnnt.kit.id.RandomIds;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.problem.FieldError;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.security.Caller;
import vn.cnnt.kit.security.ProvinceScope;
import vn.cnnt.kit.security.Roles;
import vn.cnnt.kit.text.VietnameseText;
import vn.cnnt.kit.web.ETags;
import vn.cnnt.kit.web.QueryParams;
import vn.cnnt.ocop.CertificateStatus;
import vn.cnnt.ocop.OcopProblems;
import vn.cnnt.ocop.RecordProvinces;
import vn.cnnt.ocop.criteria.repository.CategoryRepository;
import vn.cnnt.ocop.producer.Producer;
import vn.cnnt.ocop.producer.repository.ProducerRepository;
import vn.cnnt.ocop.product.Product;
import vn.cnnt.ocop.product.api.ProductRequest;
import vn.cnnt.ocop.product.api.ProductResponse;
import vn.cnnt.ocop.product.repository.ProductRepository;

/** Products of the caller's province; their stars change only through certificates. */
@ApplicationScoped
public class ProductService {

    public static final String AGGREGATE = "product";
    private static final String[] WRITERS = {Roles.OFFICER, Roles.APPROVER, Roles.MINISTRY};

    private final ProductRepository products;
    private final ProducerRepository producers;
    private final CategoryRepository categories;
    private final RecordProvinces provinces;
    private final History history;
    private final Caller caller;

    ProductService(
            ProductRepository products,
            ProducerRepository producers,
            CategoryRepository categories,
            RecordProvinces provinces,
            History history,
            Caller caller) {
        this.products = products;
        this.producers = producers;
        this.categories = categories;
        this.provinces = provinces;
        this.history = history;
        this.caller = caller;
    }

    @Transactional
    public ProductResponse create(ProductRequest request) {
        caller.requireRole("Registering a product", WRITERS);
        Product product = new Product();
        product.id = RandomIds.next();
        product.createdAt = Instant.now();
        apply(product, request);
        products.persist(product);
        products.flush();
        ProductResponse created = toResponse(product);
        history.record(AGGREGATE, product.id, product.version, "REGISTERED", caller.id(), null, created);
        return created;
    }

    @Transactional
    public ProductResponse update(UUID id, String ifMatch, ProductRequest request) {
        caller.requireRole("Editing a product", WRITERS);
        Product product = load(id);
        ETags.requireMatch(ifMatch, product.version);
        ProductResponse before = toResponse(product);
        apply(product, request);
        products.flush();
        ProductResponse after = toResponse(product);
        history.record(AGGREGATE, product.id, product.version, "UPDATED", caller.id(), before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProductResponse get(UUID id) {
        return toResponse(load(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProductResponse> list(
            String province,
            Integer stars,
            String category,
            UUID producerId,
            String certificateStatus,
            String q,
            PageRequest page) {
        if (stars != null && (stars < 1 || stars > 5)) {
            throw ProblemException.invalidField("stars", "must be between 1 and 5");
        }
        ProvinceScope scope = caller.listScope(provinces.filter(province));
        if (scope.isEmpty()) {
            return Page.empty();
        }
        var criteria = new ProductRepository.Criteria(
                scope.everything(),
                scope.code(),
                stars,
                category,
                producerId,
                QueryParams.enumValue("certificateStatus", certificateStatus, CertificateStatus.class),
                q,
                page.uuidCursor());
        return Page.of(
                products.search(criteria, page.size() + 1), page, p -> p.id.toString(), ProductService::toResponse);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HistoryEntry> history(UUID id, PageRequest page) {
        load(id);
        return history.of(AGGREGATE, id, page);
    }

    private Product load(UUID id) {
        Product product = products.withProducer(id).orElseThrow(() -> ProblemException.notFound("Product", id));
        caller.requireVisible(product.currentProvinceCode, "Product", id);
        return product;
    }

    private void apply(Product product, ProductRequest request) {
        String currentProvinceCode =
                provinces.requireWritable("provinceCode", request.provinceCode(), request.registeredOn());
        Producer producer = producers
                .findByIdOptional(request.producerId())
                .filter(p -> caller.canSee(p.currentProvinceCode))
                .orElseThrow(() -> new ProblemException(
                        OcopProblems.UNKNOWN_PRODUCER,
                        "Producer " + request.producerId() + " does not exist or is not visible to you",
                        List.of(new FieldError("producerId", "is not a known producer"))));
        categories.require(request.categoryCode());
        product.name = VietnameseText.nfc(request.name());
        product.producer = producer;
        product.categoryCode = request.categoryCode();
        product.provinceCode = request.provinceCode();
        product.currentProvinceCode = currentProvinceCode;
        product.communeCode = request.communeCode();
        product.registeredOn = request.registeredOn();
        product.description = VietnameseText.nfc(request.description());
        product.searchText = VietnameseText.fold(product.name + " " + producer.name);
    }

    public static ProductResponse toResponse(Product p) {
        return new ProductResponse(
                p.id,
                p.name,
                p.producer.id,
                p.producer.name,
                p.categoryCode,
                p.provinceCode,
                p.currentProvinceCode,
                p.communeCode,
                p.registeredOn,
                p.description,
                p.stars,
                p.certificateStatus,
                p.certificateValidUntil,
                p.version);
    }
}
