package vn.cnnt.cluster.industrialcluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A legal decision of a cluster's lifecycle and the areas it left; never changed once recorded. */
@Entity
@Table(name = "cluster_decision")
public class ClusterDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "cluster_id")
    public UUID clusterId;

    @Enumerated(EnumType.STRING)
    public ClusterStatus status;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    public String note;

    @Column(name = "total_area_ha")
    public BigDecimal totalAreaHa;

    @Column(name = "industrial_land_ha")
    public BigDecimal industrialLandHa;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
