package vn.cnnt.cluster.industrialcluster;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A secondary investor (nhà đầu tư thứ cấp) leasing industrial land in a cluster for a project. */
@Entity
@Table(name = "cluster_tenant")
public class Tenant {

    @Id
    public UUID id;

    @Version
    public long version;

    public UUID clusterId;

    public String investorName;

    public String investorTaxCode;

    public String projectName;

    public String industry;

    public BigDecimal leasedHa;

    public long registeredCapitalVnd;

    public int jobs;

    public LocalDate leaseStart;

    public LocalDate leaseEnd;

    @Enumerated(EnumType.STRING)
    public TenantStatus status;

    public LocalDate leftOn;

    public Instant createdAt;

    public String createdBy;
}
