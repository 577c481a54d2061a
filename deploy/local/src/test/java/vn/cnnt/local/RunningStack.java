package vn.cnnt.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the local stack once for all end-to-end tests, on free ports and in a fresh directory, exactly as
 * {@code ./stack} does, and stops it when the test run ends.
 */
public class RunningStack implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

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
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * The first of {@code count} consecutive free ports: the four services take the first service port and the three
     * after it, and Kafka's controller uses its port + 1.
     */
    private static int freePorts(int count) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = freePort();
            if (allFree(port + 1, count - 1)) {
                return port;
            }
        }
        throw new IOException("no " + count + " consecutive free ports");
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
