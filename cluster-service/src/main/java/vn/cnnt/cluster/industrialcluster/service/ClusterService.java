package vn.cnnt.cluster.industrialcluster.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import vn.cnnt.cluster.ClusterProblems;
import vn.cnnt.cluster.industrialcluster.ClusterDecision;
import vn.cnnt.cluster.industrialcluster.ClusterRuleSet;
import vn.cnnt.cluster.industrialcluster.ClusterRules;
import vn.cnnt.cluster.industrialcluster.ClusterStatus;
import vn.cnnt.cluster.industrialcluster.IndustrialCluster;
import vn.cnnt.cluster.industrialcluster.Transition;
import vn.cnnt.cluster.industrialcluster.api.ClusterRequest;
import vn.cnnt.cluster.industrialcluster.api.ClusterResponse;
import vn.cnnt.cluster.industrialcluster.api.ClusterUpdate;
import vn.cnnt.cluster.industrialcluster.api.DecisionResponse;
import vn.cnnt.cluster.industrialcluster.api.DeveloperPayload;
import vn.cnnt.cluster.industrialcluster.api.EntryDecision;
import vn.cnnt.cluster.industrialcluster.repository.ClusterRepository;
import vn.cnnt.cluster.industrialcluster.repository.DecisionRepository;
import vn.cnnt.cluster.industrialcluster.repository.StateSupportRepository;
import vn.cnnt.kit.history.History;
import vn.cnnt.kit.history.HistoryEntry;
import vn.cnnt.kit.id.RandomIds;
import vn.cnnt.kit.money.Sums;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.problem.FieldError;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.problem.ProblemType;
import vn.cnnt.kit.security.Caller;
import vn.cnnt.kit.security.ProvinceScope;
import vn.cnnt.kit.security.Roles;
import vn.cnnt.kit.text.VietnameseText;
import vn.cnnt.kit.units.AdministrativeUnits;
import vn.cnnt.kit.units.ProvinceUnit;
import vn.cnnt.kit.web.ETags;

/** Clusters: entry from the development plan, edits, search, history and the state support they receive. */
@ApplicationScoped
public class ClusterService {

    /** The actor of changes that come from funding-service's events rather than from a person. */
    static final String FUNDING_ACTOR = "funding-service";

    private final ClusterRepository clusters;
    private final DecisionRepository decisions;
    private final StateSupportRepository stateSupport;
    private final ClusterAccess access;
    private final ClusterRules rules;
    private final RulesInForce rulesInForce;
    private final ClusterEvents events;
    private final AdministrativeUnits units;
    private final Caller caller;
    private final History history;

    ClusterService(
            ClusterRepository clusters,
            DecisionRepository decisions,
            StateSupportRepository stateSupport,
            ClusterAccess access,
            ClusterRules rules,
            RulesInForce rulesInForce,
            ClusterEvents events,
            AdministrativeUnits units,
            Caller caller,
            History history) {
        this.clusters = clusters;
        this.decisions = decisions;
        this.stateSupport = stateSupport;
        this.access = access;
        this.rules = rules;
        this.rulesInForce = rulesInForce;
        this.events = events;
        this.units = units;
        this.caller = caller;
        this.history = history;
    }

    @Transactional
    public ClusterResponse create(ClusterRequest r) {
        caller.requireRole("Entering a cluster", Roles.OFFICER, Roles.APPROVER, Roles.MINISTRY);
        ProvinceUnit unit = units.require("provinceCode", r.provinceCode(), r.planDecisionDate());
        caller.requireWritable(unit.currentCode(), r.provinceCode());
        if (r.districtCode() != null && !r.planDecisionDate().isBefore(AdministrativeUnits.REFORM_DATE)) {
            throw new ProblemException(
                    ClusterProblems.DISTRICT_AFTER_REFORM,
                    "A plan decided on " + r.planDecisionDate() + " has no district: districts ended on "
                            + AdministrativeUnits.REFORM_DATE,
                    List.of(new FieldError("districtCode", "must be absent for plans decided from 2025-07-01")));
        }
        if (!r.decisionsOrNone().isEmpty()) {
            caller.requireRole("Entering a cluster's lifecycle decisions", Roles.APPROVER, Roles.MINISTRY);
        }
        // The rules in force on the plan's date: a cluster planned in 2019 is not held to Decree 32/2024.
        ClusterRuleSet planRules = rulesInForce.on(r.planDecisionDate());
        rules.requireAreaInRange(planRules, r.totalAreaHa(), r.mountainous(), r.craftVillage());
        rules.requireIndustrialLandWithinArea(r.industrialLandHa(), r.totalAreaHa());
        rules.requireCraftVillageLand(planRules, r.craftVillage(), r.craftVillageLandHa(), r.industrialLandHa());
        String name = VietnameseText.nfc(r.name());
        requireNameFree(r.provinceCode(), name, null);

        IndustrialCluster c = new IndustrialCluster();
        c.id = RandomIds.next();
        c.name = name;
        c.provinceCode = r.provinceCode();
        c.currentProvinceCode = unit.currentCode();
        c.districtCode = r.districtCode();
        c.communeCode = r.communeCode();
        c.craftVillage = r.craftVillage();
        c.mountainous = r.mountainous();
        c.craftVillageLandHa =
                r.craftVillageLandHa() == null ? null : r.craftVillageLandHa().setScale(2);
        c.plannedIndustries = industries(r.plannedIndustries());
        c.totalAreaHa = r.totalAreaHa().setScale(2);
        c.industrialLandHa = r.industrialLandHa().setScale(2);
        c.leasedHa = BigDecimal.ZERO.setScale(2);
        applyDeveloper(c, r.developer());
        c.totalInvestmentVnd = r.totalInvestmentVnd();
        c.status = ClusterStatus.IN_PLAN;
        c.searchText = searchText(c);
        c.createdAt = Instant.now();
        c.createdBy = caller.id();
        c.updatedAt = c.createdAt;
        clusters.persist(c);
        ClusterDecision last = LifecycleDecisions.record(
                decisions, c, r.planDecisionNumber(), r.planDecisionDate(), null, caller.id());
        for (EntryDecision d : r.decisionsOrNone()) {
            last = enter(c, d, last.decisionDate);
        }
        clusters.flush();
        ClusterResponse view = ClusterMapper.view(c);
        history.record(
                ClusterEvents.AGGREGATE,
                c.id,
                c.version,
                r.decisionsOrNone().isEmpty() ? "PLANNED" : "ENTERED",
                caller.id(),
                null,
                view);
        // One event with the status the cluster has now: the decisions share the cluster's first version.
        events.statusChanged(c, last);
        return view;
    }

    public ClusterResponse get(UUID id) {
        return ClusterMapper.view(access.visible(id));
    }

    public Page<ClusterResponse> list(String province, ClusterStatus status, String q, PageRequest page) {
        ProvinceScope scope =
                caller.listScope(province == null ? null : units.requireCurrentOrFormer("province", province));
        if (scope.isEmpty()) {
            return Page.empty();
        }
        return Page.of(
                clusters.search(scope.code(), status, q, page.uuidCursor(), page.size() + 1),
                page,
                c -> c.id.toString(),
                ClusterMapper::view);
    }

    @Transactional
    public ClusterResponse update(UUID id, String ifMatch, ClusterUpdate r) {
        caller.requireRole("Editing a cluster", Roles.OFFICER, Roles.APPROVER, Roles.MINISTRY);
        IndustrialCluster c = access.visible(id);
        ETags.requireMatch(ifMatch, c.version);
        ClusterResponse before = ClusterMapper.view(c);
        String name = VietnameseText.nfc(r.name());
        requireNameFree(c.provinceCode, name, c.id);
        c.name = name;
        c.communeCode = r.communeCode();
        c.plannedIndustries = industries(r.plannedIndustries());
        applyDeveloper(c, r.developer());
        c.totalInvestmentVnd = r.totalInvestmentVnd();
        c.sharedInfrastructureCompletedOn = r.sharedInfrastructureCompletedOn();
        c.searchText = searchText(c);
        c.updatedAt = Instant.now();
        clusters.flush();
        ClusterResponse after = ClusterMapper.view(c);
        history.record(ClusterEvents.AGGREGATE, c.id, c.version, "UPDATED", caller.id(), before, after);
        return after;
    }

    public Page<HistoryEntry> history(UUID id, PageRequest page) {
        access.visible(id);
        return history.of(ClusterEvents.AGGREGATE, id, page);
    }

    public Page<DecisionResponse> decisions(UUID id, PageRequest page) {
        access.visible(id);
        return Page.of(
                decisions.page(id, page.numberCursor(), page.size() + 1),
                page,
                d -> d.id.toString(),
                ClusterMapper::view);
    }

    /**
     * Follows a funding project for the cluster's infrastructure: the project counts at its current public commitment
     * (0 once cancelled, the settled amount once settled). Called by the consumer of funding's project events, without
     * a caller; an event older than, or as old as, the one recorded changes nothing.
     *
     * @return true when the state support was changed now
     */
    @Transactional
    public boolean followStateSupport(
            UUID clusterId, UUID projectId, long committedVnd, long version, String sourceEventId) {
        if (committedVnd < 0) {
            throw new IllegalArgumentException("state support must be 0 or more đồng, got " + committedVnd);
        }
        IndustrialCluster c =
                clusters.lock(clusterId).orElseThrow(() -> ProblemException.notFound("Cluster", clusterId));
        var recorded = stateSupport.find(projectId);
        if (recorded.isPresent() && recorded.get().version() >= version) {
            return false;
        }
        long before = recorded.map(StateSupportRepository.Recorded::amountVnd).orElse(0L);
        stateSupport.put(clusterId, projectId, committedVnd, version, sourceEventId);
        if (before == committedVnd) {
            return false;
        }
        ClusterResponse previous = ClusterMapper.view(c);
        c.stateSupportVnd = Sums.add(c.stateSupportVnd, committedVnd - before, "of state support");
        c.updatedAt = Instant.now();
        clusters.flush();
        history.record(
                ClusterEvents.AGGREGATE,
                c.id,
                c.version,
                "STATE_SUPPORT_RECORDED",
                FUNDING_ACTOR,
                previous,
                ClusterMapper.view(c));
        return true;
    }

    /**
     * A decision already taken, applied in order: establishment, construction, operation, each checked against the rules
     * in force on its own date (none before 1 May 2024).
     */
    private ClusterDecision enter(IndustrialCluster c, EntryDecision d, LocalDate previous) {
        Transition transition = Arrays.stream(Transition.values())
                .filter(t -> t != Transition.EXPANSION && t != Transition.WITHDRAWAL)
                .filter(t -> t.target() == d.status() && t.allowedFrom(c.status))
                .findFirst()
                .orElseThrow(() -> ProblemType.INVALID_TRANSITION.exception("A cluster " + c.status
                        + " cannot be entered with a decision giving " + d.status()
                        + "; the decisions follow ESTABLISHED, UNDER_CONSTRUCTION, OPERATING in order"));
        if (d.decisionDate().isBefore(previous)) {
            throw ClusterProblems.DECISION_DATE_OUT_OF_ORDER.exception("The decision " + d.decisionNumber()
                    + " is dated " + d.decisionDate() + ", before the cluster's previous decision of " + previous);
        }
        if (transition == Transition.ESTABLISHMENT) {
            rulesInForce.requireEstablishmentAllowed(c, d.decisionDate());
        }
        c.status = transition.target();
        return LifecycleDecisions.record(decisions, c, d.decisionNumber(), d.decisionDate(), d.note(), caller.id());
    }

    private void requireNameFree(String provinceCode, String name, UUID except) {
        if (clusters.nameTaken(provinceCode, name, except)) {
            throw new ProblemException(
                    ClusterProblems.DUPLICATE_CLUSTER_NAME,
                    "Province " + provinceCode + " already has a cluster named '" + name + "'",
                    List.of(new FieldError("name", "is already used in the province")));
        }
    }

    private static void applyDeveloper(IndustrialCluster c, DeveloperPayload developer) {
        c.developerKind = developer == null ? null : developer.kind();
        c.developerName = developer == null ? null : VietnameseText.nfc(developer.name());
        c.developerTaxCode = developer == null ? null : developer.taxCode();
    }

    private static List<String> industries(List<String> given) {
        return given.stream().map(VietnameseText::nfc).distinct().toList();
    }

    /** q finds a cluster by its name or its developer's, without accents or case. */
    private static String searchText(IndustrialCluster c) {
        return VietnameseText.fold(c.developerName == null ? c.name : c.name + " " + c.developerName);
    }
}
