package vn.cnnt.plans.plan;

/** Categories of plan tasks (nội dung, nhiệm vụ). */
public enum TaskCategory {
    CLUSTER_INFRASTRUCTURE,
    RAW_MATERIALS,
    PRODUCT_DEVELOPMENT,
    OCOP,
    TRADE_PROMOTION,
    TRAINING,
    TECHNOLOGY_AND_MACHINERY,
    CLEANER_PRODUCTION,
    COMMUNICATION,
    OTHER
}
