package vn.cnnt.cluster.industrialcluster.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.cnnt.cluster.ClusterProblems;
import vn.cnnt.cluster.industrialcluster.IndustrialCluster;
import vn.cnnt.cluster.industrialcluster.Tenant;
import vn.cnnt.cluster.industrialcluster.TenantStatus;
import vn.cnnt.cluster.industrialcluster.api.ClusterResponse;
import vn.cnnt.cluster.industrialcluster.api.DepartureRequest;
import vn.cnnt.cluster.industrialcluster.api.TenantRequest;
import vn.cnnt.cluster.industrialcluster.api.TenantResponse;
import vn.cnnt.cluster.industrialcluster.repository.ClusterRepository;
import vn.cnnt.cluster.industrialcluster.repository.TenantRepository;
import vn.cnnt.kit.history.History;
import vn.cnnt.kit.history.HistoryEntry;
import vn.cnnt.kit.id.RandomIds;
import vn.cnnt.kit.idempotency.IdempotencyKey;
import vn.cnnt.kit.idempotency.Idempotent;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.problem.FieldError;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.security.Caller;
import vn.cnnt.kit.security.Roles;
import vn.cnnt.kit.text.VietnameseText;
import vn.cnnt.kit.web.ETags;

/**
 * Tenants (nhà đầu tư thứ cấp). Every change of leased land happens under the cluster's row lock and the database
 * refuses leased land above the industrial land, so concurrent admissions never push occupancy above 100 %.
 */
@ApplicationScoped
public class TenantService {

    static final String TENANT = "tenant";

    private final TenantRepository tenants;
    private final ClusterRepository clusters;
    private final ClusterAccess access;
    private final ClusterEvents events;
    private final Caller caller;
    private final History history;

    TenantService(
            TenantRepository tenants,
            ClusterRepository clusters,
            ClusterAccess access,
            ClusterEvents events,
            Caller caller,
            History history) {
        this.tenants = tenants;
        this.clusters = clusters;
        this.access = access;
        this.events = events;
        this.caller = caller;
        this.history = history;
    }

    /** With an Idempotency-Key a retry gets the first tenant again instead of a second lease. */
    @Transactional
    @Idempotent("admit-tenant")
    public TenantResponse admit(UUID clusterId, @IdempotencyKey String idempotencyKey, TenantRequest r) {
        caller.requireRole("Admitting a tenant", Roles.OFFICER, Roles.APPROVER, Roles.MINISTRY);
        if (r.leaseEnd() != null && !r.leaseEnd().isAfter(r.leaseStart())) {
            throw ProblemException.invalidField("leaseEnd", "must be after leaseStart");
        }
        IndustrialCluster c = access.locked(clusterId);
        if (!c.status.established()) {
            throw ClusterProblems.CLUSTER_NOT_OPEN_TO_TENANTS.exception("A cluster " + c.status
                    + " takes no tenants: land is leased from the establishment decision until withdrawal");
        }
        if (r.leasedHa().compareTo(c.freeIndustrialLandHa()) > 0) {
            throw new ProblemException(
                    ClusterProblems.LEASE_EXCEEDS_FREE_LAND,
                    "The cluster has "
                            + c.freeIndustrialLandHa().toPlainString() + " ha of free industrial land; "
                            + r.leasedHa().toPlainString()
                            + " ha requested",
                    List.of(new FieldError(
                            "leasedHa",
                            "must be at most " + c.freeIndustrialLandHa().toPlainString())));
        }
        ClusterResponse clusterBefore = ClusterMapper.view(c);
        Tenant t = new Tenant();
        t.id = RandomIds.next();
        t.clusterId = c.id;
        t.investorName = VietnameseText.nfc(r.investorName());
        t.investorTaxCode = r.investorTaxCode();
        t.projectName = VietnameseText.nfc(r.projectName());
        t.industry = VietnameseText.nfc(r.industry());
        t.leasedHa = r.leasedHa().setScale(2);
        t.registeredCapitalVnd = r.registeredCapitalVnd();
        t.jobs = r.jobs();
        t.leaseStart = r.leaseStart();
        t.leaseEnd = r.leaseEnd();
        t.status = TenantStatus.ACTIVE;
        t.createdAt = Instant.now();
        t.createdBy = caller.id();
        tenants.persist(t);
        changeLeased(c, t.leasedHa);
        TenantResponse view = ClusterMapper.view(t);
        history.record(TENANT, t.id, t.version, "ADMITTED", caller.id(), null, view);
        history.record(
                ClusterEvents.AGGREGATE,
                c.id,
                c.version,
                "TENANT_ADMITTED",
                caller.id(),
                clusterBefore,
                ClusterMapper.view(c));
        events.tenantAdmitted(c, t);
        return view;
    }

    @Transactional
    public TenantResponse depart(UUID clusterId, UUID tenantId, String ifMatch, DepartureRequest r) {
        caller.requireRole("Recording a tenant's departure", Roles.OFFICER, Roles.APPROVER, Roles.MINISTRY);
        IndustrialCluster c = access.locked(clusterId);
        Tenant t = tenantOf(c, tenantId);
        ETags.requireMatch(ifMatch, t.version);
        if (t.status == TenantStatus.LEFT) {
            throw ClusterProblems.TENANT_ALREADY_LEFT.exception("The tenant left on " + t.leftOn);
        }
        if (r.leftOn().isBefore(t.leaseStart)) {
            throw new ProblemException(
                    ClusterProblems.DEPARTURE_BEFORE_LEASE_START,
                    "The lease started on " + t.leaseStart,
                    List.of(new FieldError("leftOn", "must not be before " + t.leaseStart)));
        }
        TenantResponse before = ClusterMapper.view(t);
        ClusterResponse clusterBefore = ClusterMapper.view(c);
        t.status = TenantStatus.LEFT;
        t.leftOn = r.leftOn();
        changeLeased(c, t.leasedHa.negate());
        TenantResponse after = ClusterMapper.view(t);
        history.record(TENANT, t.id, t.version, "LEFT", caller.id(), before, after);
        history.record(
                ClusterEvents.AGGREGATE,
                c.id,
                c.version,
                "TENANT_LEFT",
                caller.id(),
                clusterBefore,
                ClusterMapper.view(c));
        events.tenantLeft(c, t);
        return after;
    }

    public TenantResponse get(UUID clusterId, UUID tenantId) {
        return ClusterMapper.view(tenantOf(access.visible(clusterId), tenantId));
    }

    public Page<TenantResponse> list(UUID clusterId, TenantStatus status, PageRequest page) {
        access.visible(clusterId);
        return Page.of(
                tenants.page(clusterId, status, page.uuidCursor(), page.size() + 1),
                page,
                t -> t.id.toString(),
                ClusterMapper::view);
    }

    public Page<HistoryEntry> history(UUID clusterId, UUID tenantId, PageRequest page) {
        tenantOf(access.visible(clusterId), tenantId);
        return history.of(TENANT, tenantId, page);
    }

    private Tenant tenantOf(IndustrialCluster c, UUID tenantId) {
        Tenant t = tenants.findById(tenantId);
        if (t == null || !t.clusterId.equals(c.id)) {
            throw ProblemException.notFound("Tenant", tenantId);
        }
        return t;
    }

    private void changeLeased(IndustrialCluster c, BigDecimal deltaHa) {
        c.leasedHa = c.leasedHa.add(deltaHa);
        c.updatedAt = Instant.now();
        clusters.flush();
    }
}
