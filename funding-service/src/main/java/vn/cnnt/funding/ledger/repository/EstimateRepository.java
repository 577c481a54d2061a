package vn.cnnt.funding.ledger.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.cnnt.funding.ledger.FundingSource;
import vn.cnnt.funding.ledger.PlanEstimateLine;
import vn.cnnt.funding.ledger.api.LedgerResponses;

/** Plans' estimates as funding-service records them from plans-service's events (never spendable money). */
@ApplicationScoped
public class EstimateRepository {

    private final EntityManager em;

    EstimateRepository(EntityManager em) {
        this.em = em;
    }

    /** Records the plan's estimate, replacing the previous one; false when the event is older than what is recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(
            UUID planId,
            long version,
            String provinceCode,
            String currentProvinceCode,
            String documentNumber,
            List<PlanEstimateLine> lines) {
        if (!newer(planId, version)) {
            return false;
        }
        em.createNativeQuery("""
                INSERT INTO plan_estimate (plan_id, plan_version, province_code, current_province_code, document_number,
                                           status, recorded_at)
                VALUES (:plan, :version, :province, :current, :doc, 'ACTIVE', :at)
                ON CONFLICT (plan_id) DO UPDATE SET plan_version = EXCLUDED.plan_version, province_code = EXCLUDED.province_code,
                    current_province_code = EXCLUDED.current_province_code, document_number = EXCLUDED.document_number,
                    status = 'ACTIVE', recorded_at = EXCLUDED.recorded_at""")
                .setParameter("plan", planId)
                .setParameter("version", version)
                .setParameter("province", provinceCode)
                .setParameter("current", currentProvinceCode)
                .setParameter("doc", documentNumber)
                .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        em.createNativeQuery("DELETE FROM plan_estimate_line WHERE plan_id = :plan")
                .setParameter("plan", planId)
                .executeUpdate();
        for (PlanEstimateLine l : lines) {
            em.createNativeQuery("""
                    INSERT INTO plan_estimate_line (plan_id, task_id, source, fiscal_year, from_year, to_year, amount_vnd)
                    VALUES (:plan, :task, :source, :year, :from, :to, :amount)""")
                    .setParameter("plan", planId)
                    .setParameter("task", l.taskId())
                    .setParameter("source", l.source().name())
                    .setParameter("year", l.year())
                    .setParameter("from", l.fromYear())
                    .setParameter("to", l.toYear())
                    .setParameter("amount", l.amountVnd())
                    .executeUpdate();
        }
        return true;
    }

    /** The plan was cancelled: its estimate stays on record, marked cancelled, and no longer counts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(UUID planId, long version) {
        if (!newer(planId, version)) {
            return;
        }
        em.createNativeQuery(
                        "UPDATE plan_estimate SET status = 'CANCELLED', plan_version = :v, recorded_at = now() WHERE plan_id = :p")
                .setParameter("v", version)
                .setParameter("p", planId)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public Optional<LedgerResponses.Estimate> find(UUID planId) {
        List<Object[]> head =
                em.createNativeQuery("""
                SELECT plan_version, province_code, current_province_code, document_number, status
                FROM plan_estimate WHERE plan_id = :p""").setParameter("p", planId).getResultList();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Object[] h = head.getFirst();
        List<LedgerResponses.EstimateLine> lines = new ArrayList<>();
        for (Object[] r : (List<Object[]>)
                em.createNativeQuery("""
                SELECT task_id, source, fiscal_year, from_year, to_year, amount_vnd FROM plan_estimate_line
                WHERE plan_id = :p ORDER BY source, fiscal_year NULLS FIRST, id""").setParameter("p", planId).getResultList()) {
            lines.add(new LedgerResponses.EstimateLine(
                    (UUID) r[0],
                    FundingSource.valueOf((String) r[1]),
                    (Integer) r[2],
                    (Integer) r[3],
                    (Integer) r[4],
                    ((Number) r[5]).longValue()));
        }
        return Optional.of(new LedgerResponses.Estimate(
                planId,
                ((Number) h[0]).longValue(),
                (String) h[1],
                (String) h[2],
                (String) h[3],
                (String) h[4],
                lines));
    }

    private boolean newer(UUID planId, long version) {
        List<?> recorded = em.createNativeQuery("SELECT plan_version FROM plan_estimate WHERE plan_id = :p FOR UPDATE")
                .setParameter("p", planId)
                .getResultList();
        return recorded.isEmpty() || ((Number) recorded.getFirst()).longValue() < version;
    }
}
