package vn.cnnt.cluster.industrialcluster;

/** Legal status of a cluster under Decree 32/2024/NĐ-CP; each change is recorded with its decision. */
public enum ClusterStatus {
    /** In the province's cluster development plan (phương án phát triển CCN). */
    IN_PLAN,
    /** Establishment decision of the Provincial People's Committee (quyết định thành lập CCN). */
    ESTABLISHED,
    /** Site clearance and infrastructure construction (đầu tư xây dựng hạ tầng). */
    UNDER_CONSTRUCTION,
    /** In operation (đang hoạt động). */
    OPERATING,
    /** Operating after an expansion decision (quyết định mở rộng CCN). */
    EXPANDED,
    /** Withdrawn from the plan (đưa ra khỏi phương án phát triển CCN). */
    WITHDRAWN;

    /** Established and not withdrawn: tenants may lease land, and the cluster counts for the establishment rule. */
    public boolean established() {
        return this != IN_PLAN && this != WITHDRAWN;
    }
}
