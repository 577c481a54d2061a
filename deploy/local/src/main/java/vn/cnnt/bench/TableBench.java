package vn.cnnt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every row of issue 17's table in one run, each next to its ceiling: plans-service's reads against a bare Quarkus
 * endpoint reading the same rows with plain JDBC (deploy/bench/bare) and against pgbench running the same SQL on
 * plans-service's own database; the gateway against the direct call; project approvals (one client; one hot
 * allocation and 64 allocations with 64 clients, with the allocation's money checked afterwards); the stack's ready
 * time and each process' resident memory when ready and after the load. The measured requests are sent by wrk
 * ({@link Wrk}). Prints figures and ratios; asserts nothing except that no money was over-committed.
 */
public final class TableBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup", 5));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 10));
    private static final Duration JIT_WARM_UP = Duration.ofSeconds(Long.getLong("bench.jit-warmup", 15));
    private static final int BARE_PORT = Integer.getInteger("bench.bare.port", 8089);
    private static final long SUPPORT = 10_000_000L;
    /** Approvals per money run (a crowded machine measures with fewer: -Dbench.approvals=200). */
    private static final int APPROVALS = Integer.getInteger("bench.approvals", 1_000);
    /** Unmeasured approvals before the money rows, so that they measure the approval path compiled. */
    private static final int WARM_UP_APPROVALS = Integer.getInteger("bench.warmup-approvals", 1_000);
    /** -Dbench.idempotency-keys=true: each approval carries an Idempotency-Key of its own, as a client that retries. */
    private static final boolean IDEMPOTENCY_KEYS = Boolean.getBoolean("bench.idempotency-keys");

    private final Stack stack;
    private final Path root;
    private final List<String> table = new ArrayList<>();

    private TableBench(Stack stack, Path root) {
        this.stack = stack;
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("cnnt.repository.root", "."));
        TableBench bench = new TableBench(Stack.read(root), root);
        List<String> parts = args.length == 0 ? List.of("reads", "gateway", "money", "memory") : List.of(args);
        System.out.println(uptime());
        Process bare = parts.contains("reads") ? bench.startBare() : null;
        try {
            if (parts.contains("reads")) {
                bench.reads(bare);
            }
            if (parts.contains("gateway")) {
                bench.gateway();
            }
            if (parts.contains("money")) {
                bench.money();
            }
            if (parts.contains("memory")) {
                bench.memory(bare);
            }
        } finally {
            if (bare != null) {
                bare.destroy();
                bare.waitFor();
            }
        }
        System.out.println("\n" + uptime());
        System.out.println("\n| what | measured | ceiling | ratio |\n|---|---|---|---|");
        bench.table.forEach(System.out::println);
    }

    // ---- reads: plans-service vs the bare endpoint vs pgbench ------------------------------------------------------

    private void reads(Process bare) throws Exception {
        String plans = stack.service("plans-service");
        String token = stack.token("caobang-officer");
        String id = ensurePlans(plans, stack.token("caobang-approver"), 60);
        String bareUrl = "http://127.0.0.1:" + BARE_PORT;
        awaitOk(bareUrl + "/plans/" + id, Duration.ofMinutes(2));
        Path byId = script("SELECT id, version, kind, title, province_code, current_province_code, document_number,"
                + " issued_on, period_from, period_to, status FROM plan WHERE id = '" + id + "';");
        Path page = script("SELECT id, version, kind, title, province_code, current_province_code, document_number,"
                + " issued_on, period_from, period_to, status FROM plan WHERE current_province_code = '04'"
                + " ORDER BY issued_on DESC, id DESC LIMIT 51;");
        settle();
        // The stack has just started: its JIT compilers have not yet seen these paths, while the bare endpoint's few
        // classes are compiled within seconds. Each endpoint is driven for a while first, so that both are measured
        // compiled, as they run in service.
        System.out.println("\nWarming up the four read endpoints (" + JIT_WARM_UP.toSeconds() + " s each, 16 clients)");
        for (String url : List.of(
                plans + "/api/v1/plans/" + id,
                bareUrl + "/plans/" + id,
                plans + "/api/v1/plans?pageSize=50",
                bareUrl + "/plans?province=04&pageSize=51")) {
            Wrk.get(url, 16, Duration.ZERO, JIT_WARM_UP, url, token);
        }
        System.out.println("\nGET a plan by id: plans-service, the bare endpoint, pgbench (same row)");
        for (int clients : new int[] {16, 64}) {
            Load.Result service = Wrk.get(
                    "plans-service GET /api/v1/plans/{id}",
                    clients,
                    WARM_UP,
                    MEASURE,
                    plans + "/api/v1/plans/" + id,
                    token);
            Load.Result ceiling =
                    Wrk.get("bare GET /plans/{id}", clients, WARM_UP, MEASURE, bareUrl + "/plans/" + id, token);
            double db = pgbench(byId, clients);
            service.print();
            ceiling.print();
            System.out.printf("  pgbench same SELECT %d clients: %.0f tps%n", clients, db);
            row(
                    "GET /api/v1/plans/{id}, " + clients + " clients",
                    service.perSecond(),
                    ceiling.perSecond(),
                    "bare; pgbench %.0f".formatted(db));
        }
        System.out.println("\nA 50-row page: plans-service, the bare endpoint, pgbench (same rows)");
        for (int clients : new int[] {16, 64}) {
            Load.Result service = Wrk.get(
                    "plans-service GET /api/v1/plans?pageSize=50",
                    clients,
                    WARM_UP,
                    MEASURE,
                    plans + "/api/v1/plans?pageSize=50",
                    token);
            Load.Result ceiling = Wrk.get(
                    "bare GET /plans?pageSize=50",
                    clients,
                    WARM_UP,
                    MEASURE,
                    bareUrl + "/plans?province=04&pageSize=51",
                    token);
            double db = pgbench(page, clients);
            service.print();
            ceiling.print();
            System.out.printf("  pgbench same SELECT %d clients: %.0f tps%n", clients, db);
            row(
                    "GET /api/v1/plans?pageSize=50, " + clients + " clients",
                    service.perSecond(),
                    ceiling.perSecond(),
                    "bare; pgbench %.0f".formatted(db));
        }
    }

    /** Makes sure Cao Bằng has at least {@code count} plans (each with two tasks and two funding lines); answers one. */
    /** Plans of Cao Bằng until there are {@code count}; answers one of them. */
    static String ensurePlans(String plans, String token, int count) throws Exception {
        JsonNode page = JSON.readTree(send(Stack.get(plans + "/api/v1/plans?province=04&pageSize=100", token)));
        int have = page.path("items").size();
        for (int i = have; i < count; i++) {
            Stack.post(HTTP, plans + "/api/v1/plans", token, """
                    {"kind": "PLAN", "title": "Kế hoạch khuyến công đo tải %1$d", "provinceCode": "04",
                     "documentNumber": "%1$d/KH-UBND", "issuingAuthority": "UBND tỉnh Cao Bằng", "signer": null,
                     "issuedOn": "2024-01-%2$02d", "periodFrom": 2024, "periodTo": 2025, "legalBases": [],
                     "purposes": "Đo tải",
                     "tasks": [{"code": "1", "title": "Tập huấn", "category": "OTHER", "leadAgency": "Sở Công Thương",
                                "legalBases": [], "targets": []},
                               {"code": "2", "title": "Hội chợ", "category": "OTHER", "leadAgency": "Sở Công Thương",
                                "legalBases": [], "targets": []}],
                     "fundingLines": [{"year": 2024, "source": "LOCAL", "taskCode": "1", "amountVnd": 100000000},
                                      {"year": 2025, "source": "LOCAL", "taskCode": "2", "amountVnd": 200000000}]}""".formatted(
                            java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 99_999), 1 + i % 28));
        }
        page = JSON.readTree(send(Stack.get(plans + "/api/v1/plans?province=04&pageSize=1", token)));
        return page.path("items").get(0).path("id").asText();
    }

    private Process startBare() throws IOException {
        Path jar = root.resolve("deploy/bench/bare/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it (./stack builds it)");
        }
        Path log = root.resolve("deploy/local/target/logs/bench-bare.log");
        Files.createDirectories(log.getParent());
        ProcessBuilder b = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx384m",
                        "-XX:+UseSerialGC",
                        "-jar",
                        jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        b.environment().put("QUARKUS_HTTP_PORT", Integer.toString(BARE_PORT));
        b.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        b.environment().put("QUARKUS_DATASOURCE_JDBC_URL", postgresUrl() + "/plans");
        b.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        b.environment().put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        return b.start();
    }

    /** pgbench with prepared statements on plans-service's database: transactions (one SELECT each) per second. */
    private double pgbench(Path script, int clients) throws Exception {
        URI pg = URI.create(postgresUrl().substring("jdbc:".length()));
        ProcessBuilder b = new ProcessBuilder(
                        "pgbench",
                        "-n",
                        "-M",
                        "prepared",
                        "-c",
                        Integer.toString(clients),
                        "-j",
                        "2",
                        "-T",
                        Long.toString(MEASURE.toSeconds()),
                        "-f",
                        script.toString(),
                        "-h",
                        pg.getHost(),
                        "-p",
                        Integer.toString(pg.getPort()),
                        "-U",
                        "postgres",
                        "plans")
                .redirectErrorStream(true);
        b.environment().put("PGPASSWORD", "postgres");
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        Matcher m = Pattern.compile("tps = ([0-9.]+) \\(without").matcher(out);
        if (!m.find()) {
            System.out.println("pgbench: " + out);
            return Double.NaN;
        }
        return Double.parseDouble(m.group(1));
    }

    private static Path script(String sql) throws IOException {
        Path f = Files.createTempFile("bench", ".sql");
        Files.writeString(f, sql + "\n");
        f.toFile().deleteOnExit();
        return f;
    }

    // ---- the gateway ---------------------------------------------------------------------------------------------

    private void gateway() throws Exception {
        String plans = stack.service("plans-service");
        String token = stack.token("caobang-officer");
        String id = ensurePlans(plans, stack.token("caobang-approver"), 60);
        String path = "/api/v1/plans/" + id;
        System.out.println("\nGET " + path + " directly and through the gateway");
        for (int clients : new int[] {1, 16, 64}) {
            Load.Result direct = Wrk.get("direct plans-service", clients, WARM_UP, MEASURE, plans + path, token);
            Load.Result routed =
                    Wrk.get("through the gateway", clients, WARM_UP, MEASURE, stack.gateway() + path, token);
            direct.print();
            routed.print();
            System.out.printf(
                    "  gateway/direct %.2f, added p50 %+.2f ms%n",
                    routed.perSecond() / direct.perSecond(), routed.p50() - direct.p50());
            row(
                    "gateway GET by id, " + clients
                            + " client(s) (added p50 %+.2f ms)".formatted(routed.p50() - direct.p50()),
                    routed.perSecond(),
                    direct.perSecond(),
                    "direct");
        }
    }

    // ---- money ---------------------------------------------------------------------------------------------------

    private void money() throws Exception {
        String funding = stack.service("funding-service");
        String approver = stack.token("caobang-approver");
        String durability = durability();
        System.out.println("\nProject approvals (PostgreSQL " + durability + ")"
                + (IDEMPOTENCY_KEYS ? ", each with an Idempotency-Key" : ""));
        // Nothing before this phase ran the approval path: approve a batch first, unmeasured, so that the rows measure
        // compiled code, as in a service that has been running (the reads are warmed the same way).
        if (WARM_UP_APPROVALS > 0) {
            List<String> warm = List.of(FundingBench.allocate(funding, approver, 2025));
            approve(funding, approver, "warm-up", 8, FundingBench.propose(funding, approver, warm, WARM_UP_APPROVALS))
                    .print();
        }
        // A fresh stack keeps compiling (funding-service, the consumers, the broker) long after that: one client's p50
        // fell from about 19 ms to 6-9 ms over the next few thousand approvals. Unmeasured rounds of 100 at one client
        // follow while each is more than 10 % faster than the one before (at most twenty), so that the row measures
        // the steady state.
        double previous = Double.NaN;
        for (int round = 1; round <= 20; round++) {
            List<String> warm = List.of(FundingBench.allocate(funding, approver, 2025));
            Load.Result r = approve(
                    funding, approver, "warm-up round " + round, 1, FundingBench.propose(funding, approver, warm, 100));
            r.print();
            if (r.p50() >= 0.9 * previous) {
                break;
            }
            previous = r.p50();
        }
        // One client.
        List<String> one = List.of(FundingBench.allocate(funding, approver, 2025));
        ConcurrentLinkedQueue<String[]> appraised =
                FundingBench.propose(funding, approver, one, Math.min(200, APPROVALS));
        settle();
        Load.Result single = approve(funding, approver, "approve, 1 client", 1, appraised);
        single.print();
        table.add("| approval, 1 client, %s | p50 %.2f ms, p99 %.2f ms (%.0f /s) | — | — |"
                .formatted(durability, single.p50(), single.p99(), single.perSecond()));
        // One hot allocation that can take all but 24 of the approvals: the others pass, 24 are refused, none over.
        int count = APPROVALS;
        String hot = allocation(funding, approver, (count - 24) * SUPPORT);
        appraised = FundingBench.propose(funding, approver, List.of(hot), count);
        settle();
        Load.Result hotRun = approve(funding, approver, "approve, one hot allocation", 64, appraised);
        hotRun.print();
        JsonNode a = JSON.readTree(send(Stack.get(funding + "/api/v1/funding/allocations/" + hot, approver)));
        long committed = a.path("committedVnd").asLong();
        long allocated = a.path("allocatedVnd").asLong();
        String check = committed <= allocated && committed == (count - 24) * SUPPORT
                ? "committed %,d of %,d: no over-commit, none lost".formatted(committed, allocated)
                : "MONEY WRONG: committed %,d of %,d, expected %,d"
                        .formatted(committed, allocated, (count - 24) * SUPPORT);
        System.out.println("  " + check);
        table.add("| approvals on one hot allocation, 64 clients, %s | %.0f /s (p50 %.1f ms) %s; %s | — | — |"
                .formatted(durability, hotRun.perSecond(), hotRun.p50(), hotRun.statuses(), check));
        // 64 allocations.
        List<String> spread = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            spread.add(FundingBench.allocate(funding, approver, 2025));
        }
        appraised = FundingBench.propose(funding, approver, spread, count);
        settle();
        Load.Result spreadRun = approve(funding, approver, "approve, 64 allocations", 64, appraised);
        spreadRun.print();
        table.add("| approvals over 64 allocations, 64 clients, %s | %.0f /s (p50 %.1f ms) %s | — | — |"
                .formatted(durability, spreadRun.perSecond(), spreadRun.p50(), spreadRun.statuses()));
    }

    /**
     * Waits until the projects just prepared have passed through: funding-service's outbox published, and the machine
     * back to mostly idle (the consumers of those events done). Otherwise the approvals would be measured against the
     * digestion of their own preparation. Gives up after two minutes and says so.
     */
    private void settle() throws Exception {
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(2).toNanos();
        try (Connection c = DriverManager.getConnection(postgresUrl() + "/funding", "postgres", "postgres");
                Statement s = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                long pending;
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM kit_outbox WHERE published_at IS NULL")) {
                    r.next();
                    pending = r.getLong(1);
                }
                if (pending == 0 && busyShare(Duration.ofSeconds(1)) < 0.25) {
                    System.out.printf("  (settled in %.1f s)%n", (System.nanoTime() - start) / 1e9);
                    return;
                }
            }
        }
        System.out.println("  (not settled after two minutes; measuring anyway)");
    }

    /** The share of the machine's CPU time that was busy over {@code window} (from /proc/stat). */
    private static double busyShare(Duration window) throws Exception {
        long[] before = cpuTicks();
        Thread.sleep(window.toMillis());
        long[] after = cpuTicks();
        long total = after[0] - before[0];
        return total == 0 ? 0 : 1.0 - (double) (after[1] - before[1]) / total;
    }

    /** {total, idle + iowait} ticks of all CPUs. */
    private static long[] cpuTicks() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length; i++) {
            total += Long.parseLong(f[i]);
        }
        return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
    }

    private static Load.Result approve(
            String funding, String token, String label, int clients, ConcurrentLinkedQueue<String[]> appraised)
            throws IOException, InterruptedException {
        List<String[]> work = appraised.stream()
                .map(p -> new String[] {
                    "/api/v1/funding/projects/" + p[0] + "/approval",
                    FundingBench.approval(p[1]),
                    IDEMPOTENCY_KEYS ? "approval " + p[0] : ""
                })
                .toList();
        return Wrk.drain(
                label,
                clients,
                funding,
                work,
                List.of("Authorization: Bearer " + token, "Content-Type: application/json", "If-Match: \"1\""));
    }

    private static String allocation(String funding, String approver, long amount) throws Exception {
        return Stack.post(HTTP, funding + "/api/v1/funding/allocations", approver, """
                {"provinceCode":"04","fiscalYear":2025,"source":"LOCAL","amountVnd":%d,
                 "decisionNumber":"2/QĐ-BENCH","decisionDate":"2024-12-20"}""".formatted(amount));
    }

    private String durability() throws Exception {
        try (Connection c = DriverManager.getConnection(postgresUrl() + "/funding", "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
            r.next();
            return "fsync=" + r.getString(1) + ", synchronous_commit=" + r.getString(2);
        }
    }

    // ---- start-up and memory -------------------------------------------------------------------------------------

    private void memory(Process bare) {
        JsonNode json = stack.json();
        System.out.printf(
                "%nThe stack was ready in %s s (%s)%n",
                json.path("readySeconds").asText("?"), json.path("fresh").asBoolean() ? "--fresh" : "warm");
        table.add("| `./stack` ready (%s) | %s s | — | — |"
                .formatted(
                        json.path("fresh").asBoolean() ? "--fresh" : "warm",
                        json.path("readySeconds").asText("?")));
        Map<String, String> rss = new LinkedHashMap<>();
        json.path("pids")
                .properties()
                .forEach(e -> rss.put(
                        e.getKey(),
                        json.path("readyResidentMiB").path(e.getKey()).asText("?") + " / "
                                + residentMiB(e.getValue().asLong())));
        if (bare != null) {
            rss.put("bare (after load)", Long.toString(residentMiB(bare.pid())));
        }
        System.out.println("Resident MiB, ready / now: " + rss);
        table.add("| resident MiB per service, ready / after load | "
                + rss.entrySet().stream()
                        .filter(e -> !e.getKey().startsWith("bare"))
                        .map(e -> e.getKey() + " " + e.getValue())
                        .reduce((x, y) -> x + ", " + y)
                        .orElse("?")
                + " | bare " + rss.getOrDefault("bare (after load)", "?") + " after load | — |");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private void row(String what, double measured, double ceiling, String ceilingName) {
        table.add("| %s | %.0f req/s | %.0f req/s (%s) | %.2f × |"
                .formatted(what, measured, ceiling, ceilingName, measured / ceiling));
    }

    private String postgresUrl() {
        return stack.json().get("postgresUrl").asText();
    }

    private static String send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static void awaitOk(String url, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > end) {
                throw new IllegalStateException(url + " did not answer 200 in " + timeout);
            }
            Thread.sleep(200);
        }
    }

    static long residentMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    static String uptime() {
        try {
            return "load average (1/5/15 min): "
                    + Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "load average unknown";
        }
    }
}
