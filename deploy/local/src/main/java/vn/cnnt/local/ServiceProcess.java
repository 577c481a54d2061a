package vn.cnnt.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One Quarkus application of the suite, run from its packaged fast-jar as a child process. */
final class ServiceProcess implements AutoCloseable {

    /**
     * The JVM of every service of the local stack (the Kubernetes image, still on Java 21, takes them once its base is
     * 25: deploy/kubernetes/README.md): a small initial heap that grows with the load and gives memory back after a full
     * collection, compact object headers (a product feature since JDK 25: smaller objects, no throughput cost), the
     * serial collector (one or two cores per service), and the C heap trimmed every five seconds (what the JIT compilers
     * and the start freed goes back to the system instead of staying resident: 249 → 225 MiB for plans-service 20 s
     * after ready). No -XX:TieredStopAtLevel: it starts faster but caps peak
     * throughput, which production needs.
     */
    static final List<String> JVM_OPTIONS = List.of(
            "-Xms32m",
            "-Xmx256m",
            "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30",
            "-XX:+UseSerialGC",
            "-XX:+UseCompactObjectHeaders",
            "-XX:TrimNativeHeapInterval=5000");

    /** How long a training JVM may take to write its AOT cache when stopped; -Dcnnt.stack.aot-stop=PT10M changes it. */
    static final Duration TRAINING_STOP = Duration.parse(System.getProperty("cnnt.stack.aot-stop", "PT5M"));

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final AotCache aot;

    private ServiceProcess(String name, int port, Process process, Path log, AotCache aot) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.aot = aot;
    }

    static ServiceProcess start(StackConfig config, String module, int port, Map<String, String> env)
            throws IOException {
        Path jar = config.repositoryRoot().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./stack does)");
        }
        Path log = config.runDir().resolve("logs/" + module + ".log");
        Files.createDirectories(log.getParent());
        AotCache aot = AotCache.prepare(config.aotCache(), config.aotDir(), module, jar.getParent(), JVM_OPTIONS);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(aot.jvmOptions(config.runDir().resolve("logs/" + module + ".aot.log")));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        return new ServiceProcess(module, port, builder.start(), log, aot);
    }

    /**
     * Waits until {@code /q/health/ready} answers 200, for as long as the application makes progress: a slow or crowded
     * machine only makes it start later. It fails when the process exits, when it has neither used CPU nor written to
     * its log for {@code stalled}, or after ten times {@code stalled} in all.
     */
    void awaitReady(Duration stalled) throws InterruptedException {
        Instant start = Instant.now();
        Instant lastProgress = start;
        long logSize = logSize();
        Duration cpu = cpu();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited; see " + log);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Instant now = Instant.now();
            long size = logSize();
            Duration used = cpu();
            if (size != logSize || used.minus(cpu).toMillis() >= 200) {
                lastProgress = now;
                logSize = size;
                cpu = used;
            }
            if (Duration.between(lastProgress, now).compareTo(stalled) > 0) {
                throw new IllegalStateException(
                        name + " made no progress (no CPU, no log) for " + stalled + " while starting; see " + log);
            }
            if (Duration.between(start, now).compareTo(stalled.multipliedBy(10)) > 0) {
                throw new IllegalStateException(
                        name + " was not ready within " + stalled.multipliedBy(10) + "; see " + log);
            }
            Thread.sleep(250);
        }
    }

    private long logSize() {
        try {
            return Files.size(log);
        } catch (IOException e) {
            return -1;
        }
    }

    private Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    String name() {
        return name;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    Process process() {
        return process;
    }

    /** Whether this start loads its AOT cache, trains one, or runs without. */
    AotCache.Mode aotMode() {
        return aot.mode();
    }

    /**
     * SIGTERM and wait; a training JVM writes its AOT cache while it exits (a child JVM assembles it: about 10 s of CPU
     * per service, minutes when five do it at once on a loaded machine), so it gets up to {@link #TRAINING_STOP}.
     */
    @Override
    public void close() {
        if (!process.isAlive()) {
            aot.afterExit(false);
            return;
        }
        boolean graceful =
                Processes.stop(process, aot.mode() == AotCache.Mode.TRAIN ? TRAINING_STOP : Duration.ofSeconds(15));
        aot.afterExit(graceful);
    }
}
