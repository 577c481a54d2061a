package vn.cnnt.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.cnnt.kit.tokens.JwtMinter;

/**
 * The whole suite on one machine with one command: a real PostgreSQL (one database per service), a real
 * Kafka broker, the four services and the gateway, each its own process. Ctrl-C stops everything it started.
 */
public final class LocalStack implements AutoCloseable {

    /** Service modules with their databases, in start order; the gateway comes last. */
    static final List<String> SERVICES = List.of("plans-service", "funding-service", "ocop-service", "cluster-service");

    static final Map<String, String> DATABASES = Map.of(
            "plans-service",
            "plans",
            "funding-service",
            "funding",
            "ocop-service",
            "ocop",
            "cluster-service",
            "cluster");
    static final Map<String, String> ROUTE_NAMES = Map.of(
            "plans-service",
            "PLANS",
            "funding-service",
            "FUNDING",
            "ocop-service",
            "OCOP",
            "cluster-service",
            "CLUSTER");

    /**
     * How long a starting service may go without progress (no CPU, no log) before it is declared stuck; a service that
     * keeps working may take longer (see {@link ServiceProcess#awaitReady}). -Dcnnt.stack.ready-timeout=PT6M changes it.
     */
    static final Duration READY_TIMEOUT = Duration.parse(System.getProperty("cnnt.stack.ready-timeout", "PT3M"));

    private final StackConfig config;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();
    private JwtMinter minter;
    private Database database;
    private KafkaBroker kafka;
    private Duration startup;
    private Duration infrastructure;

    LocalStack(StackConfig config) {
        this.config = config;
    }

    public static void main(String[] args) throws Exception {
        boolean fresh = List.of(args).contains("--fresh");
        Path root = Path.of(System.getProperty("cnnt.repository.root", "."))
                .toAbsolutePath()
                .normalize();
        LocalStack stack = new LocalStack(StackConfig.from(root, System.getenv(), fresh));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the stack…");
            stack.close();
            stopped.countDown();
        }));
        try {
            stack.start();
        } catch (Exception e) {
            System.err.println("The stack could not start: " + e.getMessage());
            System.exit(1);
        }
        stack.printSummary();
        stopped.await();
    }

    void start() throws Exception {
        long begin = System.nanoTime();
        if (config.fresh()) {
            deleteDataKeepingAotCaches();
        }
        Files.createDirectories(config.runDir());
        minter = new JwtMinter(JwtMinter.newKeyPair());
        Path keys = config.runDir().resolve("keys");
        Files.createDirectories(keys);
        Files.writeString(keys.resolve("public.pem"), minter.publicKeyPem());
        Files.writeString(keys.resolve("private.pem"), minter.privateKeyPem());

        long infrastructureBegin = System.nanoTime();
        startInfrastructure();
        infrastructure = Duration.ofNanos(System.nanoTime() - infrastructureBegin);

        Map<String, String> common = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS",
                kafka.bootstrap(),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                keys.resolve("public.pem").toUri().toString(),
                "MP_JWT_VERIFY_ISSUER",
                JwtMinter.ISSUER,
                "MP_JWT_VERIFY_AUDIENCES",
                JwtMinter.AUDIENCE,
                // No load balancer to drain locally: stop at once on Ctrl-C (Kubernetes keeps the 5 s delay).
                "QUARKUS_SHUTDOWN_DELAY",
                "0s");
        int port = config.firstServicePort();
        Map<String, String> gatewayEnv = new LinkedHashMap<>(common);
        for (String module : SERVICES) {
            String db = DATABASES.get(module);
            Map<String, String> env = new LinkedHashMap<>(common);
            env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(db));
            env.put(
                    "QUARKUS_DATASOURCE_USERNAME",
                    config.externalPostgresUrl() == null ? db : config.externalPostgresUser());
            env.put(
                    "QUARKUS_DATASOURCE_PASSWORD",
                    config.externalPostgresUrl() == null ? db : config.externalPostgresPassword());
            ServiceProcess service = ServiceProcess.start(config, module, port, env);
            started.add(service);
            services.put(module, service);
            environments.put(module, env);
            gatewayEnv.put("GATEWAY_SERVICES_" + ROUTE_NAMES.get(module) + "_URL", service.url());
            port++;
        }
        ServiceProcess gateway = ServiceProcess.start(config, "gateway", config.gatewayPort(), gatewayEnv);
        started.add(gateway);
        services.put("gateway", gateway);
        for (ServiceProcess service : services.values()) {
            service.awaitReady(READY_TIMEOUT);
        }
        startup = Duration.ofNanos(System.nanoTime() - begin);
        writeStackJson();
    }

    /**
     * PostgreSQL and the Kafka broker side by side (neither needs the other; the services need both). Logging is
     * initialised first on this thread: left to the two starting threads, their first loggers initialise JUL's
     * LogManager at once and deadlock on the JBoss LogContext's class initialisation. When one fails, the other is
     * stopped before the failure is thrown.
     */
    private void startInfrastructure() throws Exception {
        initialiseLogging();
        ExecutorService starter = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "stack-infrastructure");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Database> db = starter.submit(() -> {
                Database d = Database.start(config);
                try {
                    d.ensureDatabases(List.copyOf(DATABASES.values()));
                    return d;
                } catch (Exception e) {
                    d.close();
                    throw e;
                }
            });
            Future<KafkaBroker> broker = starter.submit(() -> KafkaBroker.start(config, classpath()));
            Database d = null;
            KafkaBroker k = null;
            Exception failure = null;
            try {
                d = db.get();
            } catch (ExecutionException e) {
                failure = cause(e);
            }
            try {
                k = broker.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = cause(e);
                } else {
                    failure.addSuppressed(cause(e));
                }
            }
            if (failure != null) {
                if (d != null) {
                    d.close();
                }
                if (k != null) {
                    k.close();
                }
                throw failure;
            }
            database = d;
            kafka = k;
            started.add(database);
            started.add(kafka);
        } finally {
            starter.shutdownNow();
        }
    }

    /**
     * JUL's LogManager (JBoss' when java.util.logging.manager names it), its root logger and SLF4J's binding (the JBoss
     * LogContext, through which embedded PostgreSQL logs), on the calling thread.
     */
    static void initialiseLogging() {
        java.util.logging.LogManager.getLogManager();
        java.util.logging.Logger.getLogger(LocalStack.class.getName()).getParent();
        org.slf4j.LoggerFactory.getLogger(LocalStack.class);
    }

    private static Exception cause(ExecutionException e) {
        return e.getCause() instanceof Exception c ? c : e;
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + config.gatewayPort();
    }

    String docsUrl() {
        return gatewayUrl() + "/docs";
    }

    Map<String, String> demoTokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("admin", minter.token("admin", null, "admin", "ministry", "approver", "officer", "viewer"));
        tokens.put("ministry", minter.token("ministry", null, "ministry", "approver", "officer", "viewer"));
        tokens.put("caobang-officer", minter.token("caobang-officer", "04", "officer", "viewer"));
        tokens.put("caobang-approver", minter.token("caobang-approver", "04", "approver", "officer", "viewer"));
        tokens.put("dongnai-officer", minter.token("dongnai-officer", "75", "officer", "viewer"));
        return tokens;
    }

    Map<String, ServiceProcess> services() {
        return services;
    }

    /** Kills a service at once (SIGKILL, no shutdown): for tests of what a crash loses. */
    void kill(String module) throws InterruptedException {
        ServiceProcess service = services.get(module);
        started.remove(service);
        service.process().destroyForcibly().waitFor();
    }

    /** Starts a killed service again on its port, with its database, and waits until it is ready. */
    void restart(String module) throws Exception {
        restart(module, Map.of());
    }

    /** Starts a killed service again with extra environment variables for this run only (e.g. other settings). */
    void restart(String module, Map<String, String> extraEnv) throws Exception {
        int port = Integer.parseInt(services.get(module).url().replaceFirst(".*:", ""));
        Map<String, String> env = new LinkedHashMap<>(environments.get(module));
        env.putAll(extraEnv);
        ServiceProcess service = ServiceProcess.start(config, module, port, env);
        started.add(service);
        services.put(module, service);
        service.awaitReady(READY_TIMEOUT);
    }

    /** Stops the embedded broker (its data stays): for tests of what happens while Kafka is down. */
    void stopKafka() {
        started.remove(kafka);
        kafka.close();
    }

    /** Starts the embedded broker again on the same port and data. */
    void startKafka() throws Exception {
        kafka = KafkaBroker.start(config, classpath());
        started.add(1, kafka);
    }

    /** Pauses the broker process (SIGSTOP): a hung broker, which accepts connections and answers nothing. */
    void pauseKafka() throws Exception {
        signal(kafka.process(), "STOP");
    }

    /** Resumes a paused broker (SIGCONT). */
    void resumeKafka() throws Exception {
        signal(kafka.process(), "CONT");
    }

    String kafkaBootstrap() {
        return kafka.bootstrap();
    }

    /** JDBC URL of a service's database, and the superuser's credentials (embedded PostgreSQL only). */
    String jdbcUrl(String module) {
        return database.jdbcUrl(DATABASES.get(module));
    }

    /**
     * Stops the embedded PostgreSQL (fast shutdown: every connection is cut), keeps it down for {@code down}, then
     * starts it again on the same port and data: a database restart or a short outage, as the services see it.
     */
    void restartPostgres(Duration down) throws Exception {
        int index = started.indexOf(database);
        database.close();
        Thread.sleep(down.toMillis());
        database = Database.start(config);
        started.set(index, database);
    }

    private static void signal(Process process, String signal) throws Exception {
        if (process == null) {
            throw new IllegalStateException("the broker is external: it cannot be signalled");
        }
        int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                .inheritIO()
                .start()
                .waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill -" + signal + " failed with " + exit);
        }
    }

    private void writeStackJson() throws Exception {
        Map<String, Object> stack = new LinkedHashMap<>();
        stack.put("gatewayUrl", gatewayUrl());
        stack.put("docsUrl", docsUrl());
        stack.put("postgresUrl", database.jdbcUrl("").replaceFirst("/$", ""));
        stack.put("kafkaBootstrap", kafka.bootstrap());
        Map<String, String> urls = new LinkedHashMap<>();
        Map<String, Long> pids = new LinkedHashMap<>();
        Map<String, Long> readyRss = new LinkedHashMap<>();
        Map<String, String> aot = new LinkedHashMap<>();
        services.forEach((name, s) -> {
            urls.put(name, s.url());
            pids.put(name, s.pid());
            readyRss.put(name, Processes.residentMiB(s.pid()));
            aot.put(name, s.aotMode().name().toLowerCase(java.util.Locale.ROOT));
        });
        stack.put("services", urls);
        // For deploy/bench/run: start-up time, and each process' resident memory when it became ready.
        stack.put("readySeconds", startup.toMillis() / 1000.0);
        stack.put("infrastructureSeconds", infrastructure.toMillis() / 1000.0);
        stack.put("fresh", config.fresh());
        stack.put("pids", pids);
        stack.put("readyResidentMiB", readyRss);
        // "use": started from its AOT cache; "train": no (valid) cache yet, one is written when the stack stops.
        stack.put("aotCache", aot);
        stack.put("tokens", demoTokens());
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(config.runDir().resolve("stack.json").toFile(), stack);
    }

    private void printSummary() {
        StringBuilder out = new StringBuilder("\nThe CNNT suite is ready in ")
                .append(startup.toMillis() / 1000.0)
                .append(" s\n\n");
        out.append("  Gateway        ").append(gatewayUrl()).append('\n');
        out.append("  Docs portal    ").append(docsUrl()).append('\n');
        services.forEach((name, s) -> out.append(String.format(
                "  %-14s %s/q/openapi   (pid %d, %d MiB resident, AOT cache: %s)%n",
                name,
                s.url(),
                s.pid(),
                Processes.residentMiB(s.pid()),
                switch (s.aotMode()) {
                    case USE -> "used";
                    case TRAIN -> "training, written at stop";
                    case OFF -> "off";
                })));
        out.append(String.format(
                "  %-14s %s   (%s)%n",
                "PostgreSQL",
                database.jdbcUrl("<db>"),
                config.externalPostgresUrl() == null
                        ? "embedded, data in " + config.dataDir().resolve("postgres")
                        : "external"));
        out.append(String.format(
                "  %-14s %s   (%s)%n",
                "Kafka",
                kafka.bootstrap(),
                kafka.process() == null
                        ? "external"
                        : "pid " + kafka.process().pid() + ", "
                                + Processes.residentMiB(kafka.process().pid()) + " MiB resident"));
        out.append("\nBearer tokens for demo users (valid 1 hour; also in ")
                .append(config.runDir().resolve("stack.json"))
                .append("):\n");
        demoTokens()
                .forEach((user, token) -> out.append("\n  ")
                        .append(user)
                        .append(":\n  ")
                        .append(token)
                        .append('\n'));
        out.append("\nTry:  curl -H \"Authorization: Bearer $(jq -r '.tokens[\"caobang-officer\"]' ")
                .append(config.runDir().resolve("stack.json"))
                .append(")\" ")
                .append(gatewayUrl())
                .append("/api/v1/plans\n");
        out.append("Mint another token:  deploy/local/mint-token --role approver --province 75\n");
        out.append("Logs in ").append(config.runDir().resolve("logs")).append(".  Ctrl-C stops everything.\n");
        System.out.println(out);
    }

    /** The broker runs from the same classes as this launcher (kafka_2.13 is among them). */
    static String classpath() {
        return System.getProperty("java.class.path");
    }

    /**
     * Stops everything it started: the services and the gateway side by side (a JVM that trained writes its AOT cache
     * while it exits), then the broker and the database.
     */
    @Override
    public void close() {
        List<Thread> stopping = new ArrayList<>();
        if (started.stream()
                .anyMatch(s -> s instanceof ServiceProcess p
                        && p.aotMode() == AotCache.Mode.TRAIN
                        && p.process().isAlive())) {
            System.out.println(
                    "Writing the services' AOT caches (the first stop after a build; the next start uses them)…");
        }
        for (AutoCloseable s : List.copyOf(started)) {
            if (s instanceof ServiceProcess service) {
                started.remove(service);
                stopping.add(Thread.ofPlatform().name("stop-" + service.name()).start(service::close));
            }
        }
        for (Thread t : stopping) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e.getMessage());
            }
        }
        started.clear();
    }

    /** {@code --fresh}: empty databases and topics; the AOT caches stay (they belong to the build, see AotCache). */
    private void deleteDataKeepingAotCaches() throws java.io.IOException {
        if (!Files.exists(config.dataDir())) {
            return;
        }
        try (var entries = Files.list(config.dataDir())) {
            for (Path entry : entries.toList()) {
                if (!entry.equals(config.aotDir())) {
                    deleteRecursively(entry);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
