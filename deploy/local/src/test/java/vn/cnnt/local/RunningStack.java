package vn.cnnt.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the local stack once for all end-to-end tests, on free ports and in a fresh directory, exactly as
 * {@code ./stack} does, and stops it when the test run ends.
 */
public class RunningStack implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private static final int FIRST_PORT = 20_000;
    /** Ports handed out in this run: two draws must not return the same port before either is bound. */
    private static final Set<Integer> TAKEN = new HashSet<>();

    private static LocalStack stack;

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (stack != null) {
            return;
        }
        Path root = Path.of(System.getProperty("cnnt.repository.root", "../.."))
                .toAbsolutePath()
                .normalize();
        Path work = Files.createTempDirectory("cnnt-e2e");
        StackConfig config = StackConfig.from(root, Map.of(), true)
                .withDirs(work.resolve("data"), work.resolve("run"))
                .withPorts(freePort(), freePorts(4), freePort(), freePorts(2))
                // One start in a fresh directory: a training run would only add minutes to the teardown (AotCacheTest).
                .withoutAotCache();
        stack = new LocalStack(config);
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningStack.class.getName(), this);
        try {
            stack.start();
        } catch (Exception | Error e) {
            stack.close(); // leave no process behind when the stack cannot start
            throw e;
        }
    }

    static LocalStack stack() {
        return stack;
    }

    static String gateway() {
        return stack.gatewayUrl();
    }

    static String token(String demoUser) {
        return stack.demoTokens().get(demoUser);
    }

    @Override
    public void close() {
        stack.close();
    }

    private static int freePort() throws IOException {
        return freePorts(1);
    }

    /**
     * The first of {@code count} consecutive free ports: the four services take the first service port and the three
     * after it, and Kafka's controller uses its port + 1. They are drawn below the kernel's ephemeral range: a port
     * from that range, free now, can be taken by any outgoing connection (a build's Kafka client, say) before the
     * service that was meant to bind it starts a minute later.
     */
    private static int freePorts(int count) throws IOException {
        int ephemeralFrom = ephemeralRangeStart();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST_PORT, ephemeralFrom - count);
            if (IntStream.range(port, port + count).noneMatch(TAKEN::contains) && allFree(port, count)) {
                IntStream.range(port, port + count).forEach(TAKEN::add);
                return port;
            }
        }
        throw new IOException(
                "no " + count + " consecutive free ports between " + FIRST_PORT + " and " + ephemeralFrom);
    }

    private static int ephemeralRangeStart() {
        try {
            // readAllLines, not readString: a /proc file reports size 0 and readString returns its first byte only.
            int from = Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))
                    .get(0)
                    .trim()
                    .split("\\s+")[0]);
            return Math.max(from, FIRST_PORT + 1_000);
        } catch (IOException | RuntimeException unreadable) {
            return 32_768; // Linux's default
        }
    }

    private static boolean allFree(int from, int count) {
        for (int p = from; p < from + count; p++) {
            try (ServerSocket s = new ServerSocket(p)) {
                // free
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }
}
