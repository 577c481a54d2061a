package vn.cnnt.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Projects approved per second (each drawing its support on an allocation) against one hot allocation and against
 * many, with 1, 8 and 64 clients; then the latency of POST project (registration) and GET summary once the journal holds
 * a million entries.
 */
public final class FundingBench {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private FundingBench() {}

    public static void main(String[] args) throws Exception {
        Stack stack = Stack.read(Path.of(System.getProperty("cnnt.repository.root", ".")));
        String funding = stack.service("funding-service");
        String approver = stack.token("caobang-approver");
        System.out.println("Project approvals (POST …/approval, each on its own appraised project and beneficiary)");
        for (int clients : new int[] {1, 8, 64}) {
            for (boolean hot : new boolean[] {true, false}) {
                List<String> allocations = new ArrayList<>();
                for (int i = 0; i < (hot ? 1 : 64); i++) {
                    allocations.add(allocate(funding, approver, 2025));
                }
                int count = clients == 1 ? 200 : 1_000;
                ConcurrentLinkedQueue<String[]> appraised = propose(funding, approver, allocations, count);
                Load.drain(
                                (hot ? "approve, one hot allocation" : "approve, 64 allocations"),
                                clients,
                                appraised,
                                p -> HttpRequest.newBuilder(
                                                URI.create(funding + "/api/v1/funding/projects/" + p[0] + "/approval"))
                                        .header("Authorization", "Bearer " + approver)
                                        .header("Content-Type", "application/json")
                                        .header("If-Match", "\"1\"")
                                        .POST(HttpRequest.BodyPublishers.ofString(approval(p[1])))
                                        .build())
                        .print();
            }
        }
        String allocation = allocate(funding, approver, 2024);
        fillJournal(stack, allocation, 1_000_000);
        System.out.println("\nWith 1 000 000 more journal entries:");
        String beneficiary = beneficiary(funding, approver);
        for (int clients : new int[] {1, 16}) {
            Load.run(
                            "POST project (registration)",
                            clients,
                            Duration.ofSeconds(2),
                            Duration.ofSeconds(10),
                            (c, i) -> HttpRequest.newBuilder(URI.create(funding + "/api/v1/funding/projects"))
                                    .header("Authorization", "Bearer " + approver)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(registration(beneficiary, null)))
                                    .build())
                    .print();
            Load.run(
                            "GET summary?province=04",
                            clients,
                            Duration.ofSeconds(2),
                            Duration.ofSeconds(10),
                            (c, i) -> Stack.get(funding + "/api/v1/funding/summary?province=04", approver))
                    .print();
        }
    }

    /** A LOCAL allocation of Cao Bằng by its approver, large enough never to run out. */
    static String allocate(String funding, String approver, int year) throws Exception {
        return Stack.post(HTTP, funding + "/api/v1/funding/allocations", approver, """
                {"provinceCode":"04","fiscalYear":%d,"source":"LOCAL","amountVnd":900000000000000,
                 "decisionNumber":"1/QĐ-BENCH","decisionDate":"%d-12-20"}""".formatted(year, year - 1));
    }

    static String beneficiary(String funding, String token) throws Exception {
        return Stack.post(HTTP, funding + "/api/v1/funding/beneficiaries", token, """
                {"kind":"COOPERATIVE","name":"HTX đo tải %s","taxCode":"%d","provinceCode":"04"}""".formatted(
                        UUID.randomUUID(), ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L)));
    }

    /** The body of an approval on the allocation. */
    static String approval(String allocation) {
        return "{\"allocationId\":\"%s\",\"documentNumber\":\"9/QĐ-UBND\",\"documentDate\":\"2025-02-01\"}"
                .formatted(allocation);
    }

    /**
     * Registers and appraises {@code count} projects, each for its own beneficiary (a beneficiary receives state support
     * for the same content once a year), spread over the allocations; answers {project id, allocation id} pairs ready
     * for approval (version 1). A failed request stops the run.
     */
    static ConcurrentLinkedQueue<String[]> propose(String funding, String token, List<String> allocations, int count)
            throws Exception {
        return propose(funding, token, allocations, count, null);
    }

    /** As above, the projects carrying out a plan of plans-service (whose progress then follows them), or none. */
    static ConcurrentLinkedQueue<String[]> propose(
            String funding, String token, List<String> allocations, int count, String planId) throws Exception {
        ConcurrentLinkedQueue<String[]> ids = new ConcurrentLinkedQueue<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            List<Future<String[]>> posts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String allocation = allocations.get(i % allocations.size());
                posts.add(pool.submit(() -> {
                    String project = Stack.post(
                            HTTP,
                            funding + "/api/v1/funding/projects",
                            token,
                            registration(beneficiary(funding, token), planId));
                    HttpRequest appraisal = HttpRequest.newBuilder(
                                    URI.create(funding + "/api/v1/funding/projects/" + project + "/appraisal"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .header("If-Match", "\"0\"")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"documentNumber\":\"1/BB-BENCH\",\"documentDate\":\"2025-01-20\"}"))
                            .build();
                    int status = HTTP.send(appraisal, java.net.http.HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                    if (status != 200) {
                        throw new IllegalStateException("appraisal answered " + status);
                    }
                    return new String[] {project, allocation};
                }));
            }
            try {
                for (Future<String[]> post : posts) {
                    ids.add(post.get());
                }
            } catch (ExecutionException e) {
                pool.shutdownNow(); // a failed step stops the run, without waiting for the others
                throw e;
            }
        }
        return ids;
    }

    private static String registration(String beneficiary, String planId) {
        return """
                {"provinceCode":"04","source":"LOCAL","fiscalYear":2025,"registeredOn":"2025-01-10","documentNumber":"1/TTr-BENCH",
                 "implementingUnit":"Trung tâm Khuyến công","beneficiaryId":"%s","activityType":"CONSULTING_AND_TRAINING",
                 "title":"Tập huấn","content":"Tập huấn quản trị","supportVnd":10000000,"counterpartVnd":10000000,
                 "otherVnd":0,"totalCostVnd":20000000,"planId":%s}""".formatted(beneficiary, planId == null ? "null" : "\"" + planId + "\"");
    }

    /** Bulk-loads journal entries straight into the funding database (balances untouched: they net to zero). */
    private static void fillJournal(Stack stack, String allocation, int rows) throws Exception {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(
                        stack.json().get("postgresUrl").asText() + "/funding", "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO journal_entry (allocation_id, kind, budget_delta, reference, at, actor) "
                    + "SELECT '" + UUID.fromString(allocation)
                    + "', 'BUDGET_ADJUSTED', CASE WHEN g % 2 = 0 THEN 1 ELSE -1 END, 'bench', now(), 'bench' "
                    + "FROM generate_series(1, " + rows + ") g");
        }
        System.out.printf("(loaded %,d journal entries in %.1f s)%n", rows, (System.nanoTime() - start) / 1e9);
    }
}
