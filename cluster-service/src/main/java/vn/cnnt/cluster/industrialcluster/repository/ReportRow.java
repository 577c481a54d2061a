package vn.cnnt.cluster.industrialcluster.repository;

import java.math.BigDecimal;
import java.util.UUID;
import vn.cnnt.cluster.industrialcluster.ClusterStatus;
import vn.cnnt.cluster.industrialcluster.DeveloperKind;

/** A cluster as it stood at a report's cut-off date, with its tenants' sums at that date. */
public record ReportRow(
        UUID clusterId,
        String name,
        String provinceCode,
        ClusterStatus status,
        BigDecimal totalAreaHa,
        BigDecimal industrialLandHa,
        BigDecimal leasedHa,
        long tenants,
        long registeredCapitalVnd,
        long jobs,
        DeveloperKind developerKind,
        String developerName,
        String developerTaxCode,
        Long totalInvestmentVnd,
        long stateSupportVnd) {}
