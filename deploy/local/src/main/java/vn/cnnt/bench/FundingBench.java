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
 * Commitments approved per second against one hot envelope and against many, with 1, 8 and 64 clients; then the
 * latency of POST commitment and GET summary once the journal holds a million entries.
 */
public final class FundingBench {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private FundingBench() {}

    public static void main(String[] args) throws Exception {
        Stack stack = Stack.read(Path.of(System.getProperty("cnnt.repository.root", ".")));
        String funding = stack.service("funding-service");
        String approver = stack.token("caobang-approver");
        String beneficiary = Stack.post(HTTP, funding + "/api/v1/funding/beneficiaries", approver, """
                {"kind":"COOPERATIVE","name":"HTX đo tải","taxCode":"%d","provinceCode":"04"}""".formatted(
                        ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L)));
        System.out.println("Commitment approvals (POST …/approval, each on its own proposed commitment)");
        for (int clients : new int[] {1, 8, 64}) {
            for (boolean hot : new boolean[] {true, false}) {
                List<String> envelopes = new ArrayList<>();
                for (int i = 0; i < (hot ? 1 : 64); i++) {
                    envelopes.add(Stack.post(HTTP, funding + "/api/v1/funding/envelopes", approver, """
                            {"provinceCode":"04","fiscalYear":2024,"source":"LOCAL","budgetVnd":900000000000000,"decisionNumber":"1/QĐ-BENCH"}"""));
                }
                int count = clients == 1 ? 400 : 2_000;
                ConcurrentLinkedQueue<String> proposed = propose(funding, approver, beneficiary, envelopes, count);
                Load.drain(
                                (hot ? "approve, one hot envelope" : "approve, 64 envelopes"),
                                clients,
                                proposed,
                                id -> HttpRequest.newBuilder(
                                                URI.create(funding + "/api/v1/funding/commitments/" + id + "/approval"))
                                        .header("Authorization", "Bearer " + approver)
                                        .header("Content-Type", "application/json")
                                        .header("If-Match", "\"0\"")
                                        .POST(HttpRequest.BodyPublishers.ofString(
                                                "{\"decisionNumber\":\"9/QĐ-SCT\",\"decisionDate\":\"2024-05-01\"}"))
                                        .build())
                        .print();
            }
        }
        String envelope = Stack.post(HTTP, funding + "/api/v1/funding/envelopes", approver, """
                {"provinceCode":"04","fiscalYear":2023,"source":"LOCAL","budgetVnd":900000000000000,"decisionNumber":"2/QĐ-BENCH"}""");
        fillJournal(stack, envelope, 1_000_000);
        System.out.println("\nWith 1 000 000 more journal entries:");
        for (int clients : new int[] {1, 16}) {
            Load.run(
                            "POST commitment (proposal)",
                            clients,
                            Duration.ofSeconds(2),
                            Duration.ofSeconds(10),
                            (c, i) -> HttpRequest.newBuilder(URI.create(funding + "/api/v1/funding/commitments"))
                                    .header("Authorization", "Bearer " + approver)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(proposal(envelope, beneficiary)))
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

    /** Proposes {@code count} commitments spread over the envelopes; a failed one stops the run. */
    static ConcurrentLinkedQueue<String> propose(
            String funding, String token, String beneficiary, List<String> envelopes, int count) throws Exception {
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            List<Future<String>> posts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String envelope = envelopes.get(i % envelopes.size());
                posts.add(pool.submit(() -> Stack.post(
                        HTTP, funding + "/api/v1/funding/commitments", token, proposal(envelope, beneficiary))));
            }
            try {
                for (Future<String> post : posts) {
                    ids.add(post.get());
                }
            } catch (ExecutionException e) {
                pool.shutdownNow(); // a failed proposal stops the run, without waiting for the others
                throw e;
            }
        }
        return ids;
    }

    private static String proposal(String envelope, String beneficiary) {
        return """
                {"envelopeId":"%s","beneficiaryId":"%s","activityType":"CONSULTING_AND_TRAINING","title":"Tập huấn",
                 "eligibleCostVnd":20000000,"supportVnd":10000000}""".formatted(envelope, beneficiary);
    }

    /** Bulk-loads journal entries straight into the funding database (balances untouched: they net to zero). */
    private static void fillJournal(Stack stack, String envelope, int rows) throws Exception {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(
                        stack.json().get("postgresUrl").asText() + "/funding", "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO journal_entry (envelope_id, kind, budget_delta, reference, at, actor) "
                    + "SELECT '" + UUID.fromString(envelope)
                    + "', 'BUDGET_ADJUSTED', CASE WHEN g % 2 = 0 THEN 1 ELSE -1 END, 'bench', now(), 'bench' "
                    + "FROM generate_series(1, " + rows + ") g");
        }
        System.out.printf("(loaded %,d journal entries in %.1f s)%n", rows, (System.nanoTime() - start) / 1e9);
    }
}
