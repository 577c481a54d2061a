package vn.cnnt.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cnnt.kit.tokens.JwtMinter;

/**
 * {@code ./stack} and {@code mint-token} run on {@code target/stack.classpath} (the runtime scope), not on the test
 * classpath the end-to-end tests start the stack with: a library the launcher needs only at test scope (the minter's
 * configuration needs jakarta.annotation-api) passes every IT and fails {@code ./stack}. Mint a token on exactly that
 * classpath in a separate JVM.
 */
class LauncherClasspathTest {

    @Test
    void shouldMintATokenOnTheLaunchersOwnClasspath(@TempDir Path root) throws Exception {
        Path keys = Files.createDirectories(root.resolve("deploy/local/target/keys"));
        JwtMinter minter = new JwtMinter(JwtMinter.newKeyPair());
        Files.writeString(keys.resolve("private.pem"), minter.privateKeyPem());
        Files.writeString(keys.resolve("public.pem"), minter.publicKeyPem());
        String classpath = Path.of("target/classes").toAbsolutePath() + ":"
                + Files.readString(Path.of("target/stack.classpath")).trim();
        Path out = root.resolve("out.txt");
        Process mint = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dcnnt.repository.root=" + root,
                        "-cp",
                        classpath,
                        MintToken.class.getName(),
                        "--role",
                        "viewer")
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        assertTrue(mint.waitFor(2, TimeUnit.MINUTES), "mint-token did not finish");
        String printed = Files.readString(out);
        assertEquals(0, mint.exitValue(), printed);
        assertTrue(printed.trim().matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+"), printed);
    }
}
