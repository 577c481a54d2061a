package vn.cnnt.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GET loads driven by wrk, for the rows whose ceiling is the machine: the JDK's HTTP client spends several times the
 * CPU of a cheap request on the same two cores (it held a bare JDBC endpoint to about a third of what wrk reaches), so
 * it measured itself as much as the endpoint. {@code deploy/bench/run} installs wrk when it is missing.
 */
final class Wrk {

    private Wrk() {}

    /** {@code clients} connections on up to two threads (the machine's cores), warmed up first, then measured. */
    static Load.Result get(String label, int clients, Duration warmUp, Duration measure, String url, String token)
            throws IOException, InterruptedException {
        if (!warmUp.isZero()) {
            run(clients, warmUp, url, token);
        }
        Map<String, Long> f = run(clients, measure, url, token);
        long requests = f.get("requests");
        long errors = f.get("status_errors") + f.get("socket_errors");
        return new Load.Result(
                label,
                clients,
                requests,
                requests / (f.get("duration_us") / 1e6),
                f.get("p50_us") / 1e3,
                f.get("p99_us") / 1e3,
                f.get("max_us") / 1e3,
                errors,
                errors == 0 ? "{all 2xx/3xx}" : "{" + f.get("status_errors") + " answered 4xx/5xx}");
    }

    private static Map<String, Long> run(int clients, Duration time, String url, String token)
            throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("cnnt.repository.root", "."), "deploy/bench/wrk-report.lua");
        List<String> command = new ArrayList<>(List.of(
                "wrk",
                "-t" + Math.min(2, clients),
                "-c" + clients,
                "-d" + Math.max(1, time.toSeconds()) + "s",
                "--timeout",
                "30s",
                "-s",
                script.toString()));
        if (token != null) {
            command.addAll(List.of("-H", "Authorization: Bearer " + token));
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        String line = out.lines()
                .filter(l -> l.startsWith("cnnt-wrk "))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk printed no figures: " + out));
        Map<String, Long> figures = new HashMap<>();
        for (String pair : line.substring("cnnt-wrk ".length()).split(" ")) {
            String[] kv = pair.split("=");
            figures.put(kv[0], Long.parseLong(kv[1]));
        }
        return figures;
    }
}
