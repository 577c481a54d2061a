package vn.cnnt.funding.ledger;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of a khuyến công project (đề án khuyến công). */
public enum ProjectStatus {
    /** Đăng ký: registered by its implementing unit with the DOIT. */
    REGISTERED,
    /** Thẩm định: appraised by the DOIT (a national project also centrally, by the ministry's agency). */
    APPRAISED,
    /** Giao kế hoạch: approved on an allocation; its support is committed. */
    APPROVED,
    /** Hợp đồng: contracted. */
    CONTRACTED,
    /** Advances and payments are being made. */
    IN_PROGRESS,
    /** Nghiệm thu: accepted, with the accepted amount and the outputs delivered. */
    ACCEPTED,
    /** Quyết toán: settled; the rest of its support returned to the allocation; closed. */
    SETTLED,
    REJECTED,
    WITHDRAWN,
    CANCELLED;

    /** The statuses that hold committed public money. */
    public static final Set<ProjectStatus> COMMITTED = EnumSet.of(APPROVED, CONTRACTED, IN_PROGRESS, ACCEPTED);

    /** The statuses of a project that received state support (for the rule "no second support for the same content"). */
    public static final Set<ProjectStatus> SUPPORTED = EnumSet.of(APPROVED, CONTRACTED, IN_PROGRESS, ACCEPTED, SETTLED);
}
