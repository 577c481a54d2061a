package vn.cnnt.plans.progress.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import vn.cnnt.kit.money.Sums;
import vn.cnnt.plans.progress.api.PlanProgress;

/** Money by stage added up in total, per source and per (task, source); overflow is an error, never a wrap. */
final class ProgressTally {

    static final int ESTIMATE = 0;
    static final int ALLOCATED = 1;
    static final int COMMITTED = 2;
    static final int DISBURSED = 3;
    static final int ACCEPTED = 4;
    static final int SETTLED = 5;
    private static final int STAGES = 6;

    private record TaskSource(String taskCode, UUID taskId, String source) implements Comparable<TaskSource> {
        @Override
        public int compareTo(TaskSource o) {
            return (Objects.toString(taskCode, "") + "|" + source)
                    .compareTo(Objects.toString(o.taskCode, "") + "|" + o.source);
        }
    }

    private final long[] total = new long[STAGES];
    private final Map<String, long[]> bySource = new TreeMap<>();
    private final Map<TaskSource, long[]> byTask = new TreeMap<>();

    void add(UUID taskId, String taskCode, String source, int stage, long amount) {
        for (long[] sums : List.of(
                total,
                bySource.computeIfAbsent(source, k -> new long[STAGES]),
                byTask.computeIfAbsent(new TaskSource(taskCode, taskId, source), k -> new long[STAGES]))) {
            sums[stage] = Sums.add(sums[stage], amount, "of the plan's progress");
        }
    }

    PlanProgress.Money total() {
        return money(total);
    }

    List<PlanProgress.SourceProgress> bySource() {
        return bySource.entrySet().stream()
                .map(e -> new PlanProgress.SourceProgress(e.getKey(), money(e.getValue())))
                .toList();
    }

    List<PlanProgress.TaskProgress> byTask() {
        List<PlanProgress.TaskProgress> tasks = new ArrayList<>();
        byTask.forEach((key, sums) ->
                tasks.add(new PlanProgress.TaskProgress(key.taskId(), key.taskCode(), key.source(), money(sums))));
        return tasks;
    }

    private static PlanProgress.Money money(long[] s) {
        return new PlanProgress.Money(s[ESTIMATE], s[ALLOCATED], s[COMMITTED], s[DISBURSED], s[ACCEPTED], s[SETTLED]);
    }
}
