package vn.cnnt.cluster.industrialcluster;

import jakarta.persistence.Column;
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

    @Column(name = "cluster_id")
    public UUID clusterId;

    @Column(name = "investor_name")
    public String investorName;

    @Column(name = "investor_tax_code")
    public String investorTaxCode;

    @Column(name = "project_name")
    public String projectName;

    public String industry;

    @Column(name = "leased_ha")
    public BigDecimal leasedHa;

    @Column(name = "registered_capital_vnd")
    public long registeredCapitalVnd;

    public int jobs;

    @Column(name = "lease_start")
    public LocalDate leaseStart;

    @Column(name = "lease_end")
    public LocalDate leaseEnd;

    @Enumerated(EnumType.STRING)
    public TenantStatus status;

    @Column(name = "left_on")
    public LocalDate leftOn;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
