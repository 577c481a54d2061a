package vn.cnnt.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A service's JDK AOT cache (JEP 483/514/515) in the stack's data directory: the first start of a build trains (the JVM
 * runs with {@code -XX:AOTCacheOutput} and writes the cache when the stack stops it gracefully), later starts load it
 * with {@code -XX:AOTCache}.
 *
 * <p>The cache belongs to one exact build of one service. The JDK's own check is not enough for a Quarkus fast-jar:
 * started with another application's cache, {@code java -jar plans-service/…/quarkus-run.jar} ran the gateway (the
 * application's classes come from the cache, loaded by Quarkus' own class loader, which the JDK does not validate
 * against the files). So the cache is keyed by a fingerprint of every file of the service's {@code quarkus-app}
 * directory (path, size, modification time), the JVM options and the JDK: any rebuild, other flags or another JDK, and
 * the old cache is deleted and the service trains again. A training run killed before it wrote its cache leaves nothing
 * behind. {@code CNNT_AOT_CACHE=false} turns it off.
 */
final class AotCache {

    enum Mode {
        OFF,
        TRAIN,
        USE
    }

    private final Path cache;
    private final Path key;
    private final Path training;
    private final String fingerprint;
    private final Mode mode;

    private AotCache(Path cache, Path key, Path training, String fingerprint, Mode mode) {
        this.cache = cache;
        this.key = key;
        this.training = training;
        this.fingerprint = fingerprint;
        this.mode = mode;
    }

    /** Decides whether this start of {@code module} loads its cache or trains one (and deletes a stale one). */
    static AotCache prepare(boolean enabled, Path dir, String module, Path appDir, List<String> jvmOptions)
            throws IOException {
        Path cache = dir.resolve(module + ".aot");
        Path key = dir.resolve(module + ".aot.key");
        Path training = dir.resolve(module + ".aot.training");
        if (!enabled) {
            return new AotCache(cache, key, training, "", Mode.OFF);
        }
        Files.createDirectories(dir);
        deleteTraining(training); // left by a run that was killed
        String fingerprint = fingerprint(appDir, jvmOptions);
        if (Files.isRegularFile(cache)
                && Files.isRegularFile(key)
                && Files.readString(key).equals(fingerprint)) {
            return new AotCache(cache, key, training, fingerprint, Mode.USE);
        }
        Files.deleteIfExists(key);
        Files.deleteIfExists(cache);
        return new AotCache(cache, key, training, fingerprint, Mode.TRAIN);
    }

    Mode mode() {
        return mode;
    }

    /**
     * The JVM options for this start. The JDK's AOT messages go to {@code jvmLog}, not to the service's own log (a
     * training run writes hundreds of warnings about classes it cannot cache).
     */
    List<String> jvmOptions(Path jvmLog) {
        List<String> options = new ArrayList<>();
        switch (mode) {
            case OFF -> {
                return options;
            }
            case TRAIN -> options.add("-XX:AOTCacheOutput=" + training);
            case USE -> options.add("-XX:AOTCache=" + cache);
        }
        options.add("-Xlog:aot*=off,cds*=off:stdout");
        options.add("-Xlog:aot=info,cds=info:file=" + jvmLog + ":uptime,level,tags");
        return options;
    }

    /**
     * After the JVM has exited: a training run that stopped by itself (and so wrote its whole cache) becomes the cache;
     * anything else is thrown away.
     */
    void afterExit(boolean graceful) {
        if (mode != Mode.TRAIN) {
            return;
        }
        try {
            if (graceful && Files.isRegularFile(training) && Files.size(training) > 0) {
                Files.move(training, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Files.writeString(key, fingerprint);
            }
            deleteTraining(training);
        } catch (IOException e) {
            System.err.println("The AOT cache " + cache + " was not kept: " + e.getMessage());
        }
    }

    /** The training output and the configuration the JVM records before it creates the cache from it. */
    private static void deleteTraining(Path training) throws IOException {
        Files.deleteIfExists(training);
        Files.deleteIfExists(training.resolveSibling(training.getFileName() + ".config"));
    }

    /** SHA-256 over every file of the application directory (relative path, size, mtime), the options and the JDK. */
    static String fingerprint(Path appDir, List<String> jvmOptions) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        update(sha, System.getProperty("java.home") + "\n" + System.getProperty("java.vm.version") + "\n");
        update(sha, String.join(" ", jvmOptions) + "\n");
        try (Stream<Path> files = Files.walk(appDir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                update(
                        sha,
                        appDir.relativize(file) + " " + Files.size(file) + " "
                                + Files.getLastModifiedTime(file).toMillis() + "\n");
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
    }
}
