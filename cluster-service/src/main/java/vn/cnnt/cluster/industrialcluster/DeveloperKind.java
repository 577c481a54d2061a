package vn.cnnt.cluster.industrialcluster;

/** Infrastructure developer (chủ đầu tư xây dựng hạ tầng kỹ thuật CCN). */
public enum DeveloperKind {
    /** Doanh nghiệp. */
    ENTERPRISE,
    /** Hợp tác xã. */
    COOPERATIVE,
    /** A public body such as the Industrial Promotion Centre (Trung tâm Khuyến công). */
    PUBLIC_BODY
}
