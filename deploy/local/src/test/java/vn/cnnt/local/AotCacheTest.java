package vn.cnnt.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a service trains its AOT cache, when it loads it, and that a cache never outlives its build. */
class AotCacheTest {

    private static final List<String> OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC");

    @TempDir
    Path root;

    private Path app;
    private Path dir;
    private Path log;

    @BeforeEach
    void anApplication() throws Exception {
        app = Files.createDirectories(root.resolve("quarkus-app"));
        Files.createDirectories(app.resolve("app"));
        Files.writeString(app.resolve("quarkus-run.jar"), "manifest");
        Files.writeString(app.resolve("app/plans-service.jar"), "classes v1");
        dir = root.resolve("data/aot");
        log = root.resolve("plans-service.aot.log");
    }

    @Test
    void shouldTrainOnTheFirstStartAndUseTheCacheAfterAGracefulStop() throws Exception {
        AotCache first = AotCache.prepare(true, dir, "plans-service", app, OPTIONS);
        assertEquals(AotCache.Mode.TRAIN, first.mode());
        assertTrue(first.jvmOptions(log).contains("-XX:AOTCacheOutput=" + dir.resolve("plans-service.aot.training")));
        trainingWritten();
        first.afterExit(true);
        assertTrue(Files.isRegularFile(dir.resolve("plans-service.aot")));
        assertFalse(Files.exists(dir.resolve("plans-service.aot.training")));
        assertFalse(Files.exists(dir.resolve("plans-service.aot.training.config")));

        AotCache second = AotCache.prepare(true, dir, "plans-service", app, OPTIONS);
        assertEquals(AotCache.Mode.USE, second.mode());
        assertTrue(second.jvmOptions(log).contains("-XX:AOTCache=" + dir.resolve("plans-service.aot")));
        assertTrue(second.jvmOptions(log).stream()
                .anyMatch(o -> o.startsWith("-Xlog:aot=info") && o.contains(log.toString())));
    }

    @Test
    void shouldKeepNothingFromATrainingRunThatWasKilled() throws Exception {
        AotCache first = AotCache.prepare(true, dir, "plans-service", app, OPTIONS);
        trainingWritten();
        first.afterExit(false);
        assertFalse(Files.exists(dir.resolve("plans-service.aot")));
        assertFalse(Files.exists(dir.resolve("plans-service.aot.training")));
        assertEquals(
                AotCache.Mode.TRAIN,
                AotCache.prepare(true, dir, "plans-service", app, OPTIONS).mode());
    }

    @Test
    void shouldTrainAgainAndDeleteTheOldCacheWhenAnyFileOfTheBuildChanged() throws Exception {
        cached();
        // Quarkus' fast-jar: quarkus-run.jar stays the same when only the application's classes change.
        Files.writeString(app.resolve("app/plans-service.jar"), "classes v2");
        Files.setLastModifiedTime(
                app.resolve("app/plans-service.jar"),
                FileTime.from(Instant.now().plusSeconds(5)));
        assertEquals(
                AotCache.Mode.TRAIN,
                AotCache.prepare(true, dir, "plans-service", app, OPTIONS).mode());
        assertFalse(Files.exists(dir.resolve("plans-service.aot")), "a stale cache can run the old code: gone");
    }

    @Test
    void shouldTrainAgainWithOtherJvmOptions() throws Exception {
        cached();
        assertEquals(
                AotCache.Mode.TRAIN,
                AotCache.prepare(true, dir, "plans-service", app, List.of("-Xmx512m"))
                        .mode());
    }

    @Test
    void shouldNotUseAnotherServicesCache() throws Exception {
        cached();
        assertEquals(
                AotCache.Mode.TRAIN,
                AotCache.prepare(true, dir, "gateway", app, OPTIONS).mode());
    }

    @Test
    void shouldAddNoOptionWhenOff() throws Exception {
        cached();
        AotCache off = AotCache.prepare(false, dir, "plans-service", app, OPTIONS);
        assertEquals(AotCache.Mode.OFF, off.mode());
        assertEquals(List.of(), off.jvmOptions(log));
    }

    private void cached() throws Exception {
        AotCache first = AotCache.prepare(true, dir, "plans-service", app, OPTIONS);
        trainingWritten();
        first.afterExit(true);
        assertEquals(
                AotCache.Mode.USE,
                AotCache.prepare(true, dir, "plans-service", app, OPTIONS).mode());
    }

    /** What the JVM leaves when it exits after a training run: the recorded configuration, then the cache. */
    private void trainingWritten() throws Exception {
        Files.writeString(dir.resolve("plans-service.aot.training.config"), "configuration");
        Files.writeString(dir.resolve("plans-service.aot.training"), "cache");
    }
}
