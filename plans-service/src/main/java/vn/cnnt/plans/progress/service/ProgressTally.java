package vn.cnnt.plans.progress.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import vn.cnnt.plans.progress.api.PlanProgress;

/** Planned, committed and disbursed money added up in total, per source and per (task, source); overflow is an error. */
final class ProgressTally {

    private record TaskSource(String taskCode, UUID taskId, String source) implements Comparable<TaskSource> {
        @Override
        public int compareTo(TaskSource o) {
            return (Objects.toString(taskCode, "") + "|" + source)
                    .compareTo(Objects.toString(o.taskCode, "") + "|" + o.source);
        }
    }

    private final long[] total = new long[3];
    private final Map<String, long[]> bySource = new TreeMap<>();
    private final Map<TaskSource, long[]> byTask = new TreeMap<>();

    void add(UUID taskId, String taskCode, String source, long planned, long committed, long disbursed) {
        long[] delta = {planned, committed, disbursed};
        for (long[] sums : List.of(
                total,
                bySource.computeIfAbsent(source, k -> new long[3]),
                byTask.computeIfAbsent(new TaskSource(taskCode, taskId, source), k -> new long[3]))) {
            for (int i = 0; i < 3; i++) {
                sums[i] = Math.addExact(sums[i], delta[i]);
            }
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

    private static PlanProgress.Money money(long[] sums) {
        return new PlanProgress.Money(sums[0], sums[1], sums[2]);
    }
}
