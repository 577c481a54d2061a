package vn.cnnt.cluster.industrialcluster;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A legal decision of a cluster's lifecycle and the areas it left; never changed once recorded. */
@Entity
public class ClusterDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID clusterId;

    @Enumerated(EnumType.STRING)
    public ClusterStatus status;

    public String decisionNumber;

    public LocalDate decisionDate;

    public String note;

    public BigDecimal totalAreaHa;

    public BigDecimal industrialLandHa;

    public Instant recordedAt;

    public String recordedBy;
}
