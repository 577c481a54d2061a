package vn.cnnt.cluster.industrialcluster.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.cnnt.cluster.ClusterProblems;
import vn.cnnt.cluster.industrialcluster.ClusterDecision;
import vn.cnnt.cluster.industrialcluster.ClusterRuleSet;
import vn.cnnt.cluster.industrialcluster.ClusterRules;
import vn.cnnt.cluster.industrialcluster.IndustrialCluster;
import vn.cnnt.cluster.industrialcluster.Transition;
import vn.cnnt.cluster.industrialcluster.api.ClusterResponse;
import vn.cnnt.cluster.industrialcluster.api.DecisionRequest;
import vn.cnnt.cluster.industrialcluster.api.ExpansionRequest;
import vn.cnnt.cluster.industrialcluster.repository.ClusterRepository;
import vn.cnnt.cluster.industrialcluster.repository.DecisionRepository;
import vn.cnnt.kit.history.History;
import vn.cnnt.kit.problem.ProblemType;
import vn.cnnt.kit.security.Caller;
import vn.cnnt.kit.security.Roles;
import vn.cnnt.kit.web.ETags;

/**
 * The legal lifecycle of a cluster: each move checked against the rules in force on its decision's date (Decree
 * 32/2024/NĐ-CP from 1 May 2024), recorded with its decision, historised and published.
 */
@ApplicationScoped
public class ClusterLifecycleService {

    private final ClusterRepository clusters;
    private final DecisionRepository decisions;
    private final ClusterAccess access;
    private final ClusterRules rules;
    private final RulesInForce rulesInForce;
    private final ClusterEvents events;
    private final Caller caller;
    private final History history;

    ClusterLifecycleService(
            ClusterRepository clusters,
            DecisionRepository decisions,
            ClusterAccess access,
            ClusterRules rules,
            RulesInForce rulesInForce,
            ClusterEvents events,
            Caller caller,
            History history) {
        this.clusters = clusters;
        this.decisions = decisions;
        this.access = access;
        this.rules = rules;
        this.rulesInForce = rulesInForce;
        this.events = events;
        this.caller = caller;
        this.history = history;
    }

    /** Establishment, construction, operation or withdrawal. */
    @Transactional
    public ClusterResponse transition(UUID id, String ifMatch, Transition transition, DecisionRequest r) {
        if (transition == Transition.EXPANSION) {
            throw new IllegalArgumentException("an expansion carries its new areas: use expand");
        }
        IndustrialCluster c = prepare(id, ifMatch, transition, r.decisionDate());
        switch (transition) {
            case ESTABLISHMENT -> rulesInForce.requireEstablishmentAllowed(c, r.decisionDate());
            case WITHDRAWAL -> requireNoTenants(c);
            default -> {}
        }
        ClusterResponse before = ClusterMapper.view(c);
        c.status = transition.target();
        ClusterDecision d = commit(c, r.decisionNumber(), r.decisionDate(), r.note());
        ClusterResponse after = ClusterMapper.view(c);
        history.record(
                ClusterEvents.AGGREGATE, c.id, c.version, transition.target().name(), caller.id(), before, after);
        events.statusChanged(c, d);
        return after;
    }

    @Transactional
    public ClusterResponse expand(UUID id, String ifMatch, ExpansionRequest r) {
        IndustrialCluster c = prepare(id, ifMatch, Transition.EXPANSION, r.decisionDate());
        ClusterRuleSet in = rulesInForce.on(r.decisionDate());
        rules.requireExpansionAllowed(in, c, r.totalAreaHa(), r.industrialLandHa(), r.registeredDemandHa());
        BigDecimal craftVillageLand = r.craftVillageLandHa() == null ? c.craftVillageLandHa : r.craftVillageLandHa();
        rules.requireCraftVillageLand(in, c.craftVillage, craftVillageLand, r.industrialLandHa());
        ClusterResponse before = ClusterMapper.view(c);
        c.status = Transition.EXPANSION.target();
        c.totalAreaHa = r.totalAreaHa().setScale(2);
        c.industrialLandHa = r.industrialLandHa().setScale(2);
        c.craftVillageLandHa = craftVillageLand == null ? null : craftVillageLand.setScale(2);
        ClusterDecision d = commit(c, r.decisionNumber(), r.decisionDate(), r.note());
        ClusterResponse after = ClusterMapper.view(c);
        history.record(ClusterEvents.AGGREGATE, c.id, c.version, "EXPANDED", caller.id(), before, after);
        events.expanded(c, d);
        return after;
    }

    /** Role, visibility, If-Match, the order of states and the order of decision dates: common to every move. */
    private IndustrialCluster prepare(UUID id, String ifMatch, Transition transition, LocalDate decisionDate) {
        caller.requireRole("Recording a " + transition.path() + " decision", Roles.APPROVER, Roles.MINISTRY);
        IndustrialCluster c = access.locked(id);
        ETags.requireMatch(ifMatch, c.version);
        if (!transition.allowedFrom(c.status)) {
            throw ProblemType.INVALID_TRANSITION.exception("A cluster " + c.status + " cannot take a "
                    + transition.path() + " decision; available now: " + Transition.availableFrom(c.status));
        }
        LocalDate latest = decisions.latestDate(c.id);
        if (latest != null && decisionDate.isBefore(latest)) {
            throw ClusterProblems.DECISION_DATE_OUT_OF_ORDER.exception("The " + transition.path()
                    + " decision is dated " + decisionDate + ", before the cluster's previous decision of " + latest);
        }
        return c;
    }

    private static void requireNoTenants(IndustrialCluster c) {
        if (c.leasedHa.signum() > 0) {
            throw ClusterProblems.CLUSTER_HAS_TENANTS.exception("The cluster still leases " + c.leasedHa.toPlainString()
                    + " ha to tenants; they must leave before it is withdrawn");
        }
    }

    private ClusterDecision commit(IndustrialCluster c, String number, LocalDate date, String note) {
        c.updatedAt = Instant.now();
        ClusterDecision d = LifecycleDecisions.record(decisions, c, number, date, note, caller.id());
        clusters.flush();
        return d;
    }
}
