package vn.cnnt.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Commit-to-effect latency of the last N funding events consumed by plans-service (from the producer's outbox
 * row to the consumer's inbox row, both on the stack's PostgreSQL clock), and the outbox throughput. Run it
 * after {@code funding}, which produces thousands of commitment events.
 */
public final class EventsBench {

    private EventsBench() {
    }

    public static void main(String[] args) throws Exception {
        Stack stack = Stack.read(Path.of(System.getProperty("cnnt.repository.root", ".")));
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String url = stack.json().get("postgresUrl").asText();
        List<long[]> produced = new ArrayList<>();
        try (Connection funding = DriverManager.getConnection(url + "/funding", "postgres", "postgres");
             Statement s = funding.createStatement();
             ResultSet r = s.executeQuery("SELECT event_id, (extract(epoch from occurred_at) * 1e6)::bigint, "
                     + "(extract(epoch from published_at) * 1e6)::bigint FROM kit_outbox WHERE published_at IS NOT NULL "
                     + "ORDER BY position DESC LIMIT " + n)) {
            while (r.next()) {
                UUIDs.add(produced, r.getString(1), r.getLong(2), r.getLong(3));
            }
        }
        List<Long> latencies = new ArrayList<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        try (Connection plans = DriverManager.getConnection(url + "/plans", "postgres", "postgres");
             Statement s = plans.createStatement()) {
            s.execute("CREATE TEMP TABLE produced (event_id text, occurred bigint)");
            try (var insert = plans.prepareStatement("INSERT INTO produced VALUES (?, ?)")) {
                for (long[] p : produced) {
                    insert.setString(1, UUIDs.text(p));
                    insert.setLong(2, p[2]);
                    insert.addBatch();
                    first = Math.min(first, p[3]);
                    last = Math.max(last, p[3]);
                }
                insert.executeBatch();
            }
            try (ResultSet r = s.executeQuery("SELECT (extract(epoch from i.received_at) * 1e6)::bigint - p.occurred FROM produced p "
                    + "JOIN kit_inbox i ON i.event_id = p.event_id AND i.source = '/cnnt/funding-service'")) {
                while (r.next()) {
                    latencies.add(r.getLong(1));
                }
            }
        }
        latencies.sort(Long::compare);
        if (latencies.isEmpty()) {
            System.out.println("No consumed events found: run `deploy/bench/run funding` first.");
            return;
        }
        System.out.printf("funding → plans, %d events: commit-to-effect p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", latencies.size(),
                pct(latencies, 0.5), pct(latencies, 0.99), latencies.getLast() / 1000.0);
        double seconds = (last - first) / 1e6;
        System.out.printf("outbox relay: %d events published over %.1f s of publishing (%.0f events/s while under load)%n",
                produced.size(), seconds, seconds > 0 ? produced.size() / seconds : 0);
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1000.0;
    }

    /** Event ids kept as two longs beside the times, to hold 10 000 rows without objects per row. */
    private static final class UUIDs {
        static void add(List<long[]> rows, String id, long occurred, long published) {
            java.util.UUID u = java.util.UUID.fromString(id);
            rows.add(new long[] {u.getMostSignificantBits(), u.getLeastSignificantBits(), occurred, published});
        }

        static String text(long[] row) {
            return new java.util.UUID(row[0], row[1]).toString();
        }
    }
}
