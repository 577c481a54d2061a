package vn.cnnt.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A real single-node KRaft Kafka broker ({@code kafka.Kafka}) as a child process, formatted once; its log
 * directory survives restarts.
 */
final class KafkaBroker implements AutoCloseable {

    private final Process process;
    private final String bootstrap;

    private KafkaBroker(Process process, String bootstrap) {
        this.process = process;
        this.bootstrap = bootstrap;
    }

    static KafkaBroker start(StackConfig config, String classpath) throws IOException, InterruptedException {
        if (config.externalKafka() != null) {
            return new KafkaBroker(null, config.externalKafka());
        }
        Path dir = config.dataDir().resolve("kafka");
        Path logs = dir.resolve("logs");
        Files.createDirectories(logs);
        int port = config.kafkaPort();
        int controller = port + 1;
        Path properties = dir.resolve("server.properties");
        Files.writeString(
                properties,
                String.join(
                        "\n",
                        "process.roles=broker,controller",
                        "node.id=1",
                        "controller.quorum.voters=1@127.0.0.1:" + controller,
                        "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                        "controller.listener.names=CONTROLLER",
                        "inter.broker.listener.name=PLAINTEXT",
                        "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                        "log.dirs=" + logs,
                        "num.partitions=3",
                        "offsets.topic.replication.factor=1",
                        "transaction.state.log.replication.factor=1",
                        "transaction.state.log.min.isr=1",
                        "share.coordinator.state.topic.replication.factor=1",
                        "share.coordinator.state.topic.min.isr=1",
                        "group.initial.rebalance.delay.ms=0",
                        "auto.create.topics.enable=true",
                        ""));
        Path log = config.runDir().resolve("logs/kafka.log");
        Files.createDirectories(log.getParent());
        if (!Files.exists(logs.resolve("meta.properties"))) {
            Process format = java(
                            classpath,
                            log,
                            "kafka.tools.StorageTool",
                            "format",
                            "-t",
                            org.apache.kafka.common.Uuid.randomUuid().toString(),
                            "-c",
                            properties.toString())
                    .start();
            if (format.waitFor() != 0) {
                throw new IllegalStateException("Kafka storage format failed; see " + log);
            }
        }
        Process broker =
                java(classpath, log, "kafka.Kafka", properties.toString()).start();
        awaitPort(port, broker, log);
        return new KafkaBroker(broker, "127.0.0.1:" + port);
    }

    String bootstrap() {
        return bootstrap;
    }

    Process process() {
        return process;
    }

    private static ProcessBuilder java(String classpath, Path log, String... mainAndArgs) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-cp",
                classpath));
        command.addAll(List.of(mainAndArgs));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    }

    private static void awaitPort(int port, Process process, Path log) throws InterruptedException {
        Instant deadline = Instant.now().plus(LocalStack.READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka broker exited; see " + log);
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException(
                "Kafka broker did not listen on " + port + " within " + LocalStack.READY_TIMEOUT + "; see " + log);
    }

    @Override
    public void close() {
        Processes.stop(process);
    }
}
