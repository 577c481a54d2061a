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
                .withPorts(freePort(), freePort(), freePort(), freePortPair());
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

    /** The first service port is followed by three more, and Kafka's controller uses port + 1. */
    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = freePort();
            try (ServerSocket next = new ServerSocket(port + 1)) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no two consecutive free ports");
    }
}
