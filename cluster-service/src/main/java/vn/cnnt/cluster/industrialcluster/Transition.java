package vn.cnnt.cluster.industrialcluster;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The lifecycle moves, each a sub-resource of the cluster carrying its decision number and date. */
public enum Transition {
    ESTABLISHMENT("establishment", ClusterStatus.ESTABLISHED, EnumSet.of(ClusterStatus.IN_PLAN)),
    CONSTRUCTION("construction", ClusterStatus.UNDER_CONSTRUCTION, EnumSet.of(ClusterStatus.ESTABLISHED)),
    OPERATION("operation", ClusterStatus.OPERATING, EnumSet.of(ClusterStatus.UNDER_CONSTRUCTION)),
    EXPANSION("expansion", ClusterStatus.EXPANDED, EnumSet.of(ClusterStatus.OPERATING, ClusterStatus.EXPANDED)),
    WITHDRAWAL(
            "withdrawal",
            ClusterStatus.WITHDRAWN,
            EnumSet.of(ClusterStatus.IN_PLAN, ClusterStatus.ESTABLISHED, ClusterStatus.UNDER_CONSTRUCTION));

    private final String path;
    private final ClusterStatus target;
    private final Set<ClusterStatus> from;

    Transition(String path, ClusterStatus target, Set<ClusterStatus> from) {
        this.path = path;
        this.target = target;
        this.from = from;
    }

    public String path() {
        return path;
    }

    public ClusterStatus target() {
        return target;
    }

    public boolean allowedFrom(ClusterStatus status) {
        return from.contains(status);
    }

    /** The sub-resources a cluster in this status may take next. */
    public static List<String> availableFrom(ClusterStatus status) {
        return Arrays.stream(values())
                .filter(t -> t.allowedFrom(status))
                .map(Transition::path)
                .toList();
    }
}
