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

    public String summary() {
        return "Fuzzed " + target + ": " + sent + " requests over " + byOperation.size() + " operations, by status "
                + byStatus + ", " + failureCount + " failures";
    }

    /** Fails with every kind of failure found. */
    public void assertNoFailures() {
        if (failureCount > 0) {
            throw new AssertionError(summary() + "\n  " + String.join("\n  ", failures()));
        }
    }
}
