package vn.cnnt.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Events across services: (1) commit-to-effect latency of funding events consumed by plans-service at a steady
 * rate of approvals of projects that carry out a plan, from the producer's outbox row to the consumer's inbox row
 * (both on the stack's PostgreSQL clock); (2) outbox relay throughput and drain latency for a burst of 10 000
 * allocation events naming that plan. plans-service writes no inbox row for an event that names none of its plans.
 */
public final class EventsBench {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** The request id the burst's outbox rows carry, to find them again. */
    private static final String BURST = "bench-burst";

    private EventsBench() {}

    public static void main(String[] args) throws Exception {
        Stack stack = Stack.read(Path.of(System.getProperty("cnnt.repository.root", ".")));
        String funding = stack.service("funding-service");
        String token = stack.token("caobang-approver");
        String db = stack.json().get("postgresUrl").asText();
        int steady = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int perSecond = args.length > 1 ? Integer.parseInt(args[1]) : 25;

        String allocation = FundingBench.allocate(funding, token, 2025);
        String plan = TableBench.ensurePlans(stack.service("plans-service"), token, 1);
        List<String[]> proposed =
                new ArrayList<>(FundingBench.propose(funding, token, List.of(allocation), steady, plan));
        long started = System.nanoTime();
        for (int i = 0; i < proposed.size(); i++) {
            long due = started + i * 1_000_000_000L / perSecond;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            HTTP.send(
                    HttpRequest.newBuilder(URI.create(
                                    funding + "/api/v1/funding/projects/" + proposed.get(i)[0] + "/approval"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .header("If-Match", "\"1\"")
                            .POST(HttpRequest.BodyPublishers.ofString(FundingBench.approval(proposed.get(i)[1])))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        Thread.sleep(5_000);
        List<Long> latencies = latencies(
                db,
                "SELECT event_id::text, (extract(epoch from occurred_at) * 1e6)::bigint FROM kit_outbox "
                        + "WHERE event_type = 'vn.cnnt.funding.project.approved.v1' ORDER BY position DESC LIMIT "
                        + steady);
        print("funding → plans at " + perSecond + " approvals/s", latencies);

        int burst = 10_000;
        try (Connection c = DriverManager.getConnection(db + "/funding", "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute(
                    "INSERT INTO kit_outbox (event_id, topic, aggregate_type, aggregate_id, aggregate_version, event_type, payload, request_id, occurred_at) "
                            + "SELECT gen_random_uuid(), 'funding.events.v1', 'allocation', a::text, 1, "
                            + "'vn.cnnt.funding.allocation.decided.v1', jsonb_build_object('allocationId', a, 'planId', '"
                            + plan + "', 'year', 2025, 'source', 'LOCAL', 'allocatedVnd', 0, 'version', 1), '"
                            + BURST
                            + "', clock_timestamp() FROM (SELECT gen_random_uuid() AS a FROM generate_series(1, "
                            + burst + ")) b");
        }
        long deadline = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < deadline && pending(db) > 0) {
            Thread.sleep(500);
        }
        try (Connection c = DriverManager.getConnection(db + "/funding", "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("SELECT count(*), extract(epoch from max(published_at) - min(occurred_at)) FROM "
                                + "(SELECT * FROM kit_outbox WHERE request_id = '" + BURST + "' "
                                + "ORDER BY position DESC LIMIT " + burst + ") b")) {
            r.next();
            System.out.printf(
                    "outbox relay: a burst of %d events published in %.1f s (%.0f events/s, Kafka acks=all)%n",
                    r.getLong(1), r.getDouble(2), r.getLong(1) / r.getDouble(2));
        }
        // plans-service applies the burst after the relay published it: wait until it has (at most two minutes).
        String burstRows = "SELECT event_id::text, (extract(epoch from occurred_at) * 1e6)::bigint "
                + "FROM kit_outbox WHERE request_id = '" + BURST + "' ORDER BY position DESC LIMIT " + burst;
        List<Long> consumed = latencies(db, burstRows);
        for (long until = System.currentTimeMillis() + 120_000;
                consumed.size() < burst && System.currentTimeMillis() < until;
                consumed = latencies(db, burstRows)) {
            Thread.sleep(1_000);
        }
        print("burst of " + burst + " → consumed by plans-service", consumed);
    }

    private static long pending(String db) throws Exception {
        try (Connection c = DriverManager.getConnection(db + "/funding", "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM kit_outbox WHERE published_at IS NULL")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Inbox time in plans minus outbox time in funding, per event, in microseconds, sorted. */
    private static List<Long> latencies(String db, String producedQuery) throws Exception {
        List<String[]> produced = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db + "/funding", "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(producedQuery)) {
            while (r.next()) {
                produced.add(new String[] {r.getString(1), Long.toString(r.getLong(2))});
            }
        }
        List<Long> latencies = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db + "/plans", "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE produced (event_id text, occurred bigint)");
            try (var insert = c.prepareStatement("INSERT INTO produced VALUES (?, ?)")) {
                for (String[] p : produced) {
                    insert.setString(1, p[0]);
                    insert.setLong(2, Long.parseLong(p[1]));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (ResultSet r = s.executeQuery(
                    "SELECT (extract(epoch from i.received_at) * 1e6)::bigint - p.occurred FROM produced p "
                            + "JOIN kit_inbox i ON i.event_id = p.event_id")) {
                while (r.next()) {
                    latencies.add(r.getLong(1));
                }
            }
        }
        latencies.sort(Long::compare);
        return latencies;
    }

    private static void print(String label, List<Long> sorted) {
        if (sorted.isEmpty()) {
            System.out.println(label + ": no consumed events found");
            return;
        }
        System.out.printf(
                "%s, %d events: commit-to-effect p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                label, sorted.size(), pct(sorted, 0.5), pct(sorted, 0.99), sorted.getLast() / 1000.0);
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1000.0;
    }
}
