package vn.cnnt.kit.testing.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a fuzz run sent, what came back, and what failed (each kind of failure once, with its first example). */
public final class FuzzReport {

    private final String target;
    private int sent;
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final Map<String, Integer> byOperation = new TreeMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();
    private int failureCount;

    FuzzReport(String target) {
        this.target = target;
    }

    void count(FuzzRequest request, int status) {
        sent++;
        byStatus.merge(status, 1, Integer::sum);
        byOperation.merge(request.operation(), 1, Integer::sum);
    }

    void fail(FuzzRequest request, int status, String what) {
        failureCount++;
        String kind = request.operation() + " [" + request.mutation() + "] → " + status;
        failures.putIfAbsent(kind, what + "\n      request: " + request);
    }

    void failBudget(java.time.Duration budget) {
        failureCount++;
        failures.put("budget", "only " + sent + " requests within " + budget + ": a service hung or nearly so");
    }

    void failDocument(String property) {
        failureCount++;
        failures.put("document: " + property, "a money property without minimum 0 and maximum 1000000000000000");
    }

    public int sent() {
        return sent;
    }

    public int failureCount() {
        return failureCount;
    }

    public List<String> failures() {
        List<String> list = new ArrayList<>();
        failures.forEach((kind, example) -> list.add(kind + ": " + example));
        return list;
    }

    public Map<Integer, Integer> byStatus() {
        return byStatus;
    }

    /** Requests answered with a status of this class ({@code 2} for 2xx, {@code 4} for 4xx). */
    public int answered(int statusClass) {
        return byStatus.entrySet().stream()
                .filter(e -> e.getKey() / 100 == statusClass)
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    public String summary() {
        return "Fuzzed " + target + ": " + sent + " requests over " + byOperation.size() + " operations: "
                + answered(2) + " answered 2xx, " + answered(4) + " answered 4xx; by status " + byStatus + "; "
                + failureCount + " failures";
    }

    /** Fails with every kind of failure found. */
    public void assertNoFailures() {
        if (failureCount > 0) {
            throw new AssertionError(summary() + "\n  " + String.join("\n  ", failures()));
        }
    }
}
