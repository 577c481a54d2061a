package vn.cnnt.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fault suite: the running stack under the faults an operator meets (poison events, kill -9 of a consumer and of
 * a producer mid-burst, a stopped and a hung broker, a PostgreSQL restart), with the figures printed at the end:
 * events lost and doubled, recovery times, the consumer's gap after a crash, dead letters, 503 and 500 answers.
 * Bounded: about two minutes on a 2-core machine.
 */
@ExtendWith(RunningStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final long PLAN_ESTIMATE = 1_500_000_000L;
    private static final Map<String, Object> FIGURES = new LinkedHashMap<>();

    // 1. Poison events

    @Test
    @Order(1)
    void shouldDeadLetterOrSkipEachKindOfPoisonEventAndStillApplyTheNextValidOne() throws Exception {
        String run = UUID.randomUUID().toString();
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("unparseable", run + "-unparseable");
        keys.put("unknown-type", run + "-unknown-type");
        keys.put("rule-breaking", run + "-rule-breaking");
        keys.put("database-refused", run + "-database-refused");
        UUID refusedPlan = UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            send(producer, keys.get("unparseable"), "vn.cnnt.plans.plan.approved.v1", "{not json");
            send(producer, keys.get("unknown-type"), "vn.cnnt.plans.plan.teleported.v1", "{}");
            send(
                    producer,
                    keys.get("rule-breaking"),
                    "vn.cnnt.plans.plan.approved.v1",
                    "{\"planId\":\"" + UUID.randomUUID() + "\",\"version\":1}");
            send(
                    producer,
                    keys.get("database-refused"),
                    "vn.cnnt.plans.plan.approved.v1",
                    "{\"planId\":\"" + refusedPlan + "\",\"version\":1,\"documentNumber\":\"1/KH\","
                            + "\"provinceCode\":\"04\",\"currentProvinceCode\":\"04\",\"status\":\"APPROVED\","
                            + "\"fundingLines\":[{\"year\":1800,\"source\":\"LOCAL\",\"amountVnd\":1000000}]}");
        }
        Instant sent = Instant.now();
        String valid = approvedPlan();
        await().atMost(Duration.ofSeconds(60)).until(() -> estimateOf(valid) == PLAN_ESTIMATE);
        long appliedAfter = Duration.between(sent, Instant.now()).toMillis();

        List<ConsumerRecord<String, byte[]>> dead =
                read("plans.events.v1.dlq", r -> r.key() != null && r.key().startsWith(run));
        Map<String, String> reasons = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> r : dead) {
            reasons.put(r.key().substring(run.length() + 1), header(r, "dead-letter-reason"));
        }
        FIGURES.put("poison: dead-lettered", dead.size() + " " + reasons.keySet());
        FIGURES.put("poison: next valid event applied after", appliedAfter + " ms");
        reasons.forEach((kind, reason) -> FIGURES.put("poison: reason of " + kind, abbreviate(reason)));
        assertThat(reasons).containsOnlyKeys("unparseable", "rule-breaking", "database-refused");
        assertThat(reasons.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
        assertThat(estimateOf(refusedPlan.toString())).isZero();
    }

    // 2. kill -9 of the consumer mid-burst

    @Test
    @Order(2)
    void shouldLoseAndDoubleNothingWhenTheConsumerIsKilledMidBurst() throws Exception {
        String baseline = System.getProperty("cnnt.faults.baseline-session-timeout-ms");
        if (baseline != null) {
            // Measure the gap with another session timeout (e.g. Kafka's default 45000): the killed member's counts.
            stack().kill("funding-service");
            stack().restart(
                            "funding-service",
                            Map.of("MP_MESSAGING_CONNECTOR_SMALLRYE_KAFKA_SESSION_TIMEOUT_MS", baseline));
            FIGURES.put("consumer kill: session timeout of the killed instance", baseline + " ms");
        }
        Burst burst = Burst.start(8);
        await().atMost(Duration.ofSeconds(60)).until(() -> burst.approved.size() >= 4);
        Instant killed = Instant.now();
        stack().kill("funding-service");
        // Events written while the consumer is down: the first one applied after the kill marks the end of the gap.
        List<String> whileDown = List.of(approvedPlan(), approvedPlan());
        stack().restart("funding-service");
        Instant ready = Instant.now();
        burst.finish();

        Instant firstApplied = await().atMost(Duration.ofSeconds(90))
                .until(() -> firstInboxRowAfter("funding-service", killed), t -> t != null);
        List<String> all = new ArrayList<>(burst.created);
        all.addAll(whileDown);
        Outcome outcome = outcome(all);
        FIGURES.put("consumer kill: plans approved in the burst", outcome.approved);
        FIGURES.put(
                "consumer kill: new instance ready after",
                Duration.between(killed, ready).toMillis() + " ms");
        FIGURES.put(
                "consumer kill: consumer gap (kill to first event applied)",
                Duration.between(killed, firstApplied).toMillis() + " ms");
        FIGURES.put(
                "consumer kill: first event applied after the new instance was ready",
                Math.max(0, Duration.between(ready, firstApplied).toMillis()) + " ms");
        FIGURES.put("consumer kill: lost", outcome.lost);
        FIGURES.put("consumer kill: doubled", outcome.doubled);
        assertThat(outcome.lost).isZero();
        assertThat(outcome.doubled).isZero();
    }

    // 3. kill -9 of the producer mid-burst

    @Test
    @Order(3)
    void shouldLoseAndDoubleNothingWhenTheProducerIsKilledMidBurst() throws Exception {
        Burst burst = Burst.start(8);
        await().atMost(Duration.ofSeconds(60)).until(() -> burst.approved.size() >= 4);
        Instant killed = Instant.now();
        stack().kill("plans-service");
        stack().restart("plans-service");
        Instant ready = Instant.now();
        burst.finish();

        Outcome outcome = outcome(burst.created);
        FIGURES.put("producer kill: plans created / approved", burst.created.size() + " / " + outcome.approved);
        FIGURES.put("producer kill: requests failed while it was down", burst.failures.get());
        FIGURES.put(
                "producer kill: restarted and ready after",
                Duration.between(killed, ready).toMillis() + " ms");
        FIGURES.put("producer kill: every event applied after", outcome.settledAfter.toMillis() + " ms");
        FIGURES.put("producer kill: lost", outcome.lost);
        FIGURES.put("producer kill: doubled", outcome.doubled);
        FIGURES.put(
                "producer kill: copies the relay sent twice (dropped by the inbox)", duplicateCopies(burst.created));
        assertThat(outcome.lost).isZero();
        assertThat(outcome.doubled).isZero();
    }

    // 4. A stopped and a hung broker

    @Test
    @Order(4)
    void shouldKeepEveryApiReadyAndWritingWhileTheBrokerIsStoppedOrHungAndDrainTheBacklogAfter() throws Exception {
        List<String> written = new ArrayList<>();
        AtomicInteger notReady = new AtomicInteger();
        stack().stopKafka();
        Instant restarted;
        try {
            await().atMost(Duration.ofSeconds(15))
                    .until(() ->
                            status(stack().services().get("funding-service").url() + "/q/health/group/messaging")
                                    == 503);
            await().pollInterval(Duration.ofMillis(500))
                    .during(Duration.ofSeconds(5))
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> allReady(notReady));
            for (int i = 0; i < 3; i++) {
                written.add(approvedPlan());
            }
        } finally {
            stack().startKafka();
            restarted = Instant.now();
        }
        await().atMost(Duration.ofSeconds(90))
                .until(() -> written.stream().allMatch(p -> estimateOf(p) == PLAN_ESTIMATE));
        Duration drained = Duration.between(restarted, Instant.now());

        stack().pauseKafka();
        Instant resumed;
        String duringHang;
        try {
            await().atMost(Duration.ofSeconds(20))
                    .until(() ->
                            status(stack().services().get("funding-service").url() + "/q/health/group/messaging")
                                    == 503);
            await().pollInterval(Duration.ofMillis(500))
                    .during(Duration.ofSeconds(5))
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> allReady(notReady));
            duringHang = approvedPlan();
        } finally {
            stack().resumeKafka();
            resumed = Instant.now();
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> estimateOf(duringHang) == PLAN_ESTIMATE);
        Duration recovered = Duration.between(resumed, Instant.now());

        FIGURES.put("broker stop/hang: readiness answers other than 200", notReady.get());
        FIGURES.put("broker stop: plans approved while it was down", written.size());
        FIGURES.put("broker stop: backlog applied after the restart in", drained.toMillis() + " ms");
        FIGURES.put("broker hang (SIGSTOP): detected by /q/health/group/messaging", "yes");
        FIGURES.put("broker hang: backlog applied after SIGCONT in", recovered.toMillis() + " ms");
        assertThat(notReady.get()).isZero();
    }

    // 5. A PostgreSQL restart

    @Test
    @Order(5)
    void shouldAnswer503ProblemsNever500DuringAPostgresRestartAndRecoverWithoutARestart() throws Exception {
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger withoutRetryAfter = new AtomicInteger();
        AtomicBoolean loading = new AtomicBoolean(true);
        List<Instant> successes = new CopyOnWriteArrayList<>();
        String plans = stack().services().get("plans-service").url();
        String funding = stack().services().get("funding-service").url();
        ExecutorService load = Executors.newFixedThreadPool(2);
        List<Future<?>> loops = List.of(
                load.submit(() -> loadLoop(
                        loading,
                        statuses,
                        withoutRetryAfter,
                        successes,
                        () -> request("GET", plans + "/api/v1/plans", "caobang-officer", null))),
                load.submit(() -> loadLoop(
                        loading,
                        statuses,
                        withoutRetryAfter,
                        successes,
                        () -> request("POST", plans + "/api/v1/plans", "caobang-officer", planBody()))));
        try {
            int before = successes.size();
            await().atMost(Duration.ofSeconds(20)).until(() -> successes.size() >= before + 4);
            stack().restartPostgres(Duration.ofSeconds(3));
            Instant up = Instant.now();
            Instant recovered = await().atMost(Duration.ofSeconds(60))
                    .until(
                            () -> successes.stream()
                                    .filter(t -> t.isAfter(up))
                                    .findFirst()
                                    .orElse(null),
                            t -> t != null);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> status(funding + "/api/v1/funding/allocations", "caobang-officer") == 200);
            FIGURES.put(
                    "postgres restart: first success after PostgreSQL was back",
                    Math.max(0, Duration.between(up, recovered).toMillis()) + " ms");
        } finally {
            loading.set(false);
            for (Future<?> loop : loops) {
                loop.get(30, TimeUnit.SECONDS);
            }
            load.shutdownNow();
        }
        String plan = approvedPlan();
        await().atMost(Duration.ofSeconds(60)).until(() -> estimateOf(plan) == PLAN_ESTIMATE);

        FIGURES.put("postgres restart: answers by status", new HashMap<>(statuses));
        FIGURES.put("postgres restart: 503 without Retry-After or problem type", withoutRetryAfter.get());
        assertThat(statuses).doesNotContainKey("500");
        assertThat(statuses).containsKey("503");
        assertThat(withoutRetryAfter.get()).isZero();
    }

    @AfterAll
    static void printFigures() {
        StringBuilder out = new StringBuilder("\n==== Fault suite figures ====\n");
        FIGURES.forEach((name, value) -> out.append(String.format("  %-70s %s%n", name, value)));
        out.append("=============================\n");
        System.out.println(out);
    }

    // Load and bursts

    private static void loadLoop(
            AtomicBoolean loading,
            Map<String, AtomicInteger> statuses,
            AtomicInteger withoutRetryAfter,
            List<Instant> successes,
            ThrowingSupplier<HttpResponse<String>> call) {
        while (loading.get()) {
            try {
                HttpResponse<String> response = call.get();
                int status = response.statusCode();
                statuses.computeIfAbsent(Integer.toString(status), s -> new AtomicInteger())
                        .incrementAndGet();
                if (status < 300) {
                    successes.add(Instant.now());
                } else if (status == 503
                        && (response.headers().firstValue("Retry-After").isEmpty()
                                || !response.body().contains("/problems/service-unavailable"))) {
                    withoutRetryAfter.incrementAndGet();
                }
            } catch (Exception e) {
                statuses.computeIfAbsent(e.getClass().getSimpleName(), s -> new AtomicInteger())
                        .incrementAndGet();
            }
            if (!Burst.pause()) {
                return;
            }
        }
    }

    /** Plans created and approved one after another through the gateway while a service is killed. */
    private static final class Burst {
        static final int MAX_PLANS = 30;
        final List<String> created = new CopyOnWriteArrayList<>();
        final List<String> approved = new CopyOnWriteArrayList<>();
        final AtomicInteger failures = new AtomicInteger();
        final AtomicBoolean going = new AtomicBoolean(true);
        final int atLeast;
        Future<?> running;

        private Burst(int atLeast) {
            this.atLeast = atLeast;
        }

        static Burst start(int atLeast) {
            Burst burst = new Burst(atLeast);
            ExecutorService thread = Executors.newSingleThreadExecutor();
            burst.running = thread.submit(burst::run);
            thread.shutdown();
            return burst;
        }

        private void run() {
            while (created.size() < MAX_PLANS && (going.get() || approved.size() < atLeast)) {
                boolean ok = false;
                try {
                    String plan = createPlan();
                    if (plan != null) {
                        created.add(plan);
                        if (step(plan, "submission", "caobang-officer") && step(plan, "approval", "caobang-approver")) {
                            approved.add(plan);
                            ok = true;
                        }
                    }
                } catch (Exception e) {
                    // counted below
                }
                if (!ok) {
                    failures.incrementAndGet();
                    if (failures.get() > 500 || !pause()) {
                        return;
                    }
                }
            }
        }

        /** A client backs off a little after a failure instead of spinning on a service that is down. */
        private static boolean pause() {
            try {
                Thread.sleep(200);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        /** Stops after the plans under way; at least {@code atLeast} are approved. */
        void finish() throws Exception {
            going.set(false);
            running.get(120, TimeUnit.SECONDS);
        }
    }

    private record Outcome(long approved, long lost, long doubled, Duration settledAfter) {}

    /**
     * For each plan: approved in plans-service means its estimate, once, in funding-service (and no money: an estimate
     * opens no allocation); any other status means none. Waits until every approved plan is applied (or a minute passed: then the missing ones are lost).
     */
    private static Outcome outcome(List<String> created) {
        Instant start = Instant.now();
        Map<String, String> status = new HashMap<>();
        for (String plan : created) {
            status.put(plan, await().atMost(Duration.ofSeconds(30)).until(() -> planStatus(plan), s -> s != null));
        }
        List<String> approved =
                created.stream().filter(p -> "APPROVED".equals(status.get(p))).toList();
        try {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> approved.stream().allMatch(p -> estimateOf(p) >= PLAN_ESTIMATE));
        } catch (org.awaitility.core.ConditionTimeoutException counted) {
            // the missing ones are counted as lost below
        }
        Duration settled = Duration.between(start, Instant.now());
        long lost = approved.stream().filter(p -> estimateOf(p) < PLAN_ESTIMATE).count();
        long doubled = created.stream()
                .filter(p -> estimateOf(p) > PLAN_ESTIMATE || allocatedOf(p) != 0)
                .count();
        return new Outcome(approved.size(), lost, doubled, settled);
    }

    // The suite's API calls

    private static String approvedPlan() throws Exception {
        // A client retries a create that timed out (a cold service on a crowded machine); a stray draft is harmless.
        String plan =
                await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(FaultsIT::createPlan, p -> p != null);
        assertThat(step(plan, "submission", "caobang-officer")).isTrue();
        assertThat(step(plan, "approval", "caobang-approver")).isTrue();
        return plan;
    }

    private static String createPlan() throws Exception {
        HttpResponse<String> created = request("POST", gateway("/api/v1/plans"), "caobang-officer", planBody());
        return created.statusCode() == 201
                ? JSON.readTree(created.body()).path("id").asText()
                : null;
    }

    private static String planBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "PLAN");
        body.put("title", "Kế hoạch khuyến công tỉnh Cao Bằng năm 2024 (thử lỗi)");
        body.put("provinceCode", "04");
        body.put("documentNumber", ThreadLocalRandom.current().nextInt(1, 999_999) + "/KH-UBND");
        body.put("issuingAuthority", "UBND tỉnh Cao Bằng");
        body.put("issuedOn", "2024-01-10");
        body.put("periodFrom", 2024);
        body.put("periodTo", 2024);
        body.put(
                "fundingLines",
                List.of(
                        Map.of("year", 2024, "source", "NATIONAL", "amountVnd", 1_000_000_000L),
                        Map.of("year", 2024, "source", "LOCAL", "amountVnd", 500_000_000L)));
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean step(String plan, String step, String user) throws Exception {
        HttpResponse<String> current = request("GET", gateway("/api/v1/plans/" + plan), user, null);
        if (current.statusCode() != 200) {
            return false;
        }
        String etag = current.headers().firstValue("ETag").orElseThrow();
        HttpRequest post = HttpRequest.newBuilder(URI.create(gateway("/api/v1/plans/" + plan + "/" + step)))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + RunningStack.token(user))
                .header("Content-Type", "application/json")
                .header("If-Match", etag)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        return HTTP.send(post, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
    }

    private static String planStatus(String plan) {
        try {
            HttpResponse<String> r = request("GET", gateway("/api/v1/plans/" + plan), "caobang-officer", null);
            return r.statusCode() == 200
                    ? JSON.readTree(r.body()).path("status").asText()
                    : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static long estimateOf(String plan) {
        try {
            HttpResponse<String> r =
                    request("GET", gateway("/api/v1/funding/summary?planId=" + plan), "caobang-approver", null);
            return r.statusCode() == 200
                    ? JSON.readTree(r.body()).path("total").path("estimateVnd").asLong()
                    : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    /** Money allocated against the plan: always 0 here, since approving a plan opens none. */
    private static long allocatedOf(String plan) {
        try {
            HttpResponse<String> r =
                    request("GET", gateway("/api/v1/funding/summary?planId=" + plan), "caobang-approver", null);
            return r.statusCode() == 200
                    ? JSON.readTree(r.body()).path("total").path("allocatedVnd").asLong()
                    : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    private static boolean allReady(AtomicInteger notReady) {
        boolean all = true;
        for (ServiceProcess service : stack().services().values()) {
            if (status(service.url() + "/q/health/ready") != 200) {
                notReady.incrementAndGet();
                all = false;
            }
        }
        return all;
    }

    private static int status(String url) {
        return status(url, null);
    }

    private static int status(String url, String user) {
        try {
            return request("GET", url, user, null).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static HttpResponse<String> request(String method, String url, String user, String body) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            builder.header("Authorization", "Bearer " + RunningStack.token(user));
        }
        if (body != null) {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String gateway(String path) {
        return RunningStack.gateway() + path;
    }

    private static LocalStack stack() {
        return RunningStack.stack();
    }

    // Kafka and the database, as an operator sees them

    /** When funding-service's inbox recorded its first event after {@code after}, or null. */
    private static Instant firstInboxRowAfter(String module, Instant after) throws Exception {
        String db = LocalStack.DATABASES.get(module);
        try (Connection c = DriverManager.getConnection(stack().jdbcUrl(module), db, db);
                PreparedStatement q =
                        c.prepareStatement("SELECT min(received_at) FROM kit_inbox WHERE received_at > ?")) {
            q.setTimestamp(1, Timestamp.from(after));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                Timestamp first = rs.getTimestamp(1);
                return first == null ? null : first.toInstant();
            }
        }
    }

    /** Records of plans.events.v1 of these plans sent more than once (the same ce_id). */
    private static long duplicateCopies(List<String> plans) {
        Map<String, Integer> copies = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : read("plans.events.v1", rec -> plans.contains(rec.key()))) {
            copies.merge(header(r, "ce_id"), 1, Integer::sum);
        }
        return copies.values().stream().mapToLong(n -> n - 1).sum();
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack().kafkaBootstrap());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    private static void send(KafkaProducer<String, byte[]> producer, String key, String type, String data)
            throws Exception {
        RecordHeaders h = new RecordHeaders();
        Map<String, String> headers = Map.of(
                "ce_specversion",
                "1.0",
                "ce_id",
                UUID.randomUUID().toString(),
                "ce_source",
                "/cnnt/fault-suite",
                "ce_type",
                type,
                "ce_time",
                Instant.now().toString(),
                "ce_aggregateversion",
                "1");
        headers.forEach((k, v) -> h.add(k, v.getBytes(StandardCharsets.UTF_8)));
        producer.send(new ProducerRecord<>("plans.events.v1", null, key, data.getBytes(StandardCharsets.UTF_8), h))
                .get(30, TimeUnit.SECONDS);
    }

    /** The whole topic from the beginning (it is small in a test run), filtered. */
    private static List<ConsumerRecord<String, byte[]>> read(
            String topic, java.util.function.Predicate<ConsumerRecord<String, byte[]>> filter) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack().kafkaBootstrap());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            int emptyPolls = 0;
            Instant deadline = Instant.now().plusSeconds(20);
            while (Instant.now().isBefore(deadline) && emptyPolls < 4) {
                var batch = consumer.poll(Duration.ofMillis(500));
                boolean assigned = !consumer.assignment().isEmpty();
                emptyPolls = batch.isEmpty() && assigned ? emptyPolls + 1 : 0;
                batch.forEach(r -> {
                    if (filter.test(r)) {
                        records.add(r);
                    }
                });
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() <= 140 ? s : s.substring(0, 140) + "…";
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
