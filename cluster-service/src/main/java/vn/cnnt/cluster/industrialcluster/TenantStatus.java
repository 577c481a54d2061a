package vn.cnnt.cluster.industrialcluster;

/** A secondary investor's lease: active, or left (its land is free again). */
public enum TenantStatus {
    ACTIVE,
    LEFT
}
