package vn.cnnt.kit.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.slf4j.LoggerFactory;
import vn.cnnt.kit.tokens.JwtMinter;

/**
 * A real PostgreSQL 17 (embedded binaries, no Docker) and a real in-JVM KRaft Kafka broker for a
 * service's {@code @QuarkusTest}s. Both start once per test JVM; every Quarkus application start gets a
 * fresh database, so Flyway migrates from scratch and tests never see another run's rows.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    // Quarkus may load this class in more than one class loader: the shared state lives in system
    // properties, which every loader of the test JVM sees.
    private static final String PG_URL = "cnnt.test.postgres.url";
    private static final String KAFKA = "cnnt.test.kafka.bootstrap";
    private static final String PRIVATE_KEY = "cnnt.test.jwt.private";
    private static final String PUBLIC_KEY = "cnnt.test.jwt.public";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;
    private static KafkaClusterTestKit kafka;

    @Override
    public Map<String, String> start() {
        startShared();
        String database = "app_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 1_000_000 + "_"
                + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(postgresUrl("postgres"), "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url",
                postgresUrl(database),
                "quarkus.datasource.username",
                "postgres",
                "quarkus.datasource.password",
                "postgres",
                "kafka.bootstrap.servers",
                kafkaBootstrapServers(),
                "mp.jwt.verify.publickey",
                minter().publicKeyPem(),
                "mp.jwt.verify.issuer",
                JwtMinter.ISSUER,
                "mp.jwt.verify.audiences",
                JwtMinter.AUDIENCE);
    }

    @Override
    public void stop() {
        // Shared for the whole JVM; stopped by the shutdown hook.
    }

    /** The token minter whose public key the application under test trusts. */
    public static JwtMinter minter() {
        synchronized (System.class) {
            if (System.getProperty(PRIVATE_KEY) == null) {
                JwtMinter fresh = new JwtMinter(JwtMinter.newKeyPair());
                System.setProperty(PRIVATE_KEY, fresh.privateKeyPem());
                System.setProperty(PUBLIC_KEY, fresh.publicKeyPem());
            }
            return JwtMinter.fromPem(System.getProperty(PRIVATE_KEY), System.getProperty(PUBLIC_KEY));
        }
    }

    public static String kafkaBootstrapServers() {
        return System.getProperty(KAFKA);
    }

    /** JDBC URL of a database of the shared PostgreSQL server. */
    public static String postgresUrl(String database) {
        return System.getProperty(PG_URL).replace("/postgres?", "/" + database + "?");
    }

    private static void startShared() {
        synchronized (System.class) {
            if (System.getProperty(PG_URL) != null) {
                return;
            }
            // PostgreSQL (initdb, then the server: a child process) starts on its own thread while the broker starts on
            // this one. Logging is initialised here first: two threads initialising it at once can deadlock.
            java.util.logging.LogManager.getLogManager();
            LoggerFactory.getLogger(RealInfrastructure.class);
            CompletableFuture<EmbeddedPostgres> database =
                    CompletableFuture.supplyAsync(RealInfrastructure::startPostgres);
            try {
                kafka = startKafka();
                postgres = database.join();
            } catch (Exception e) {
                database.thenAccept(RealInfrastructure::closeQuietly);
                throw new IllegalStateException("could not start the test infrastructure", e);
            }
            System.setProperty(PG_URL, postgres.getJdbcUrl("postgres", "postgres"));
            System.setProperty(KAFKA, kafka.bootstrapServers());
            Runtime.getRuntime().addShutdownHook(new Thread(RealInfrastructure::stopShared));
        }
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL", e);
        }
    }

    private static KafkaClusterTestKit startKafka() throws Exception {
        // Our own directory, which close() deletes: the kit's default one is also deleted by a shutdown hook of its own
        // that races the broker's shutdown, and a broker whose log directory vanishes halts the JVM with status 1,
        // failing a build whose tests all passed.
        KafkaClusterTestKit broker = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setBaseDirectory(Files.createTempDirectory("cnnt-test-kafka-"))
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("auto.create.topics.enable", "true")
                .build();
        broker.format();
        broker.startup();
        broker.waitForReadyBrokers();
        return broker;
    }

    private static void closeQuietly(EmbeddedPostgres started) {
        try {
            started.close();
        } catch (IOException ignored) {
            // the start failed already; that failure is the one reported
        }
    }

    private static void stopShared() {
        try {
            kafka.close();
        } catch (Exception ignored) {
            // the JVM is going away
        }
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is going away
        }
    }
}
