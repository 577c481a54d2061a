package vn.cnnt.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Stopping child processes and reading their memory. */
final class Processes {

    private Processes() {}

    /** SIGTERM, then SIGKILL after 15 s; children of the child go too. */
    static void stop(Process process) {
        stop(process, Duration.ofSeconds(15));
    }

    /**
     * SIGTERM, then SIGKILL after {@code grace}; children of the child go too. True when the process ended within the
     * grace period (it was not killed), false when it was killed or was not running.
     */
    static boolean stop(Process process, Duration grace) {
        if (process == null || !process.isAlive()) {
            return false;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            return false;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Resident memory in MiB from /proc (Linux), or -1 where it cannot be read. */
    static long residentMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
