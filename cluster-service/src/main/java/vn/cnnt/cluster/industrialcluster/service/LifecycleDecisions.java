package vn.cnnt.cluster.industrialcluster.service;

import java.time.Instant;
import java.time.LocalDate;
import vn.cnnt.cluster.industrialcluster.ClusterDecision;
import vn.cnnt.cluster.industrialcluster.IndustrialCluster;
import vn.cnnt.cluster.industrialcluster.repository.DecisionRepository;
import vn.cnnt.kit.text.VietnameseText;

/** Records a decision with the status and areas the cluster has after it. */
final class LifecycleDecisions {

    private LifecycleDecisions() {}

    static ClusterDecision record(
            DecisionRepository decisions,
            IndustrialCluster c,
            String number,
            LocalDate date,
            String note,
            String actor) {
        ClusterDecision d = new ClusterDecision();
        d.clusterId = c.id;
        d.status = c.status;
        d.decisionNumber = VietnameseText.nfc(number);
        d.decisionDate = date;
        d.note = VietnameseText.nfc(note);
        d.totalAreaHa = c.totalAreaHa;
        d.industrialLandHa = c.industrialLandHa;
        d.recordedAt = Instant.now();
        d.recordedBy = actor;
        decisions.persist(d);
        return d;
    }
}
