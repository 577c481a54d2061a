package vn.cnnt.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads driven by wrk, for the table's rows, whose ceiling is the machine: the JDK's HTTP client spent more CPU per
 * request than a bare JDBC endpoint does, on the same two cores, so it measured itself as much as the endpoint (wrk
 * reached about three times its figure on that endpoint). {@code deploy/bench/run} installs wrk when it is missing.
 */
final class Wrk {

    private static final String REPORT = "deploy/bench/wrk-report.lua";
    private static final String DRAIN = "deploy/bench/wrk-drain.lua";

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

    /**
     * POSTs one request per item of {@code work} (a path, a JSON body and, when given, an Idempotency-Key) to
     * {@code server}, once each, {@code clients} at a time (one connection per wrk thread), and measures until the last
     * answer.
     */
    static Load.Result drain(String label, int clients, String server, List<String[]> work, List<String> headers)
            throws IOException, InterruptedException {
        if (work.size() < clients) {
            throw new IllegalArgumentException("fewer requests than clients");
        }
        Path requests = Files.createTempFile("cnnt-wrk-", ".tsv");
        try {
            Files.write(
                    requests,
                    work.stream()
                            .map(w -> w[0] + "\t" + (w.length > 2 ? w[2] : "") + "\t" + w[1])
                            .toList());
            List<String> command = new ArrayList<>(
                    List.of("wrk", "-t" + clients, "-c" + clients, "-d600s", "--timeout", "60s", "-s", DRAIN));
            for (String header : headers) {
                command.addAll(List.of("-H", header));
            }
            command.addAll(List.of(server, "--", requests.toString(), Integer.toString(clients)));
            Process wrk = start(command);
            StringBuilder out = new StringBuilder();
            int done = 0;
            try (BufferedReader lines = wrk.inputReader(StandardCharsets.UTF_8)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    out.append(line).append('\n');
                    if (line.equals("cnnt-wrk-thread-done") && ++done == clients) {
                        // Every thread is stopped; wrk would otherwise wait out -d before it reports.
                        new ProcessBuilder("kill", "-INT", Long.toString(wrk.pid()))
                                .start()
                                .waitFor();
                    }
                }
            }
            if (done < clients) {
                wrk.waitFor();
                throw new IllegalStateException("wrk ended before its requests were used up: " + out);
            }
            Map<String, Long> f = figures(wrk, out.toString());
            String statuses = line(out.toString(), "cnnt-wrk-statuses ");
            long spanMicros = Long.parseLong(line(out.toString(), "cnnt-wrk-span span_us="));
            long requestsDone = f.get("requests");
            return new Load.Result(
                    label,
                    clients,
                    requestsDone,
                    requestsDone / (spanMicros / 1e6),
                    f.get("p50_us") / 1e3,
                    f.get("p99_us") / 1e3,
                    f.get("max_us") / 1e3,
                    f.get("socket_errors"),
                    statuses);
        } finally {
            Files.deleteIfExists(requests);
        }
    }

    private static Map<String, Long> run(int clients, Duration time, String url, String token)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "wrk",
                "-t" + Math.min(2, clients),
                "-c" + clients,
                "-d" + Math.max(1, time.toSeconds()) + "s",
                "--timeout",
                "30s",
                "-s",
                REPORT));
        if (token != null) {
            command.addAll(List.of("-H", "Authorization: Bearer " + token));
        }
        command.add(url);
        Process wrk = start(command);
        return figures(wrk, new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static Process start(List<String> command) throws IOException {
        return new ProcessBuilder(command)
                .directory(
                        Path.of(System.getProperty("cnnt.repository.root", ".")).toFile())
                .redirectErrorStream(true)
                .start();
    }

    /** The figures wrk-report.lua printed, once wrk has exited. */
    private static Map<String, Long> figures(Process wrk, String out) throws InterruptedException {
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        Map<String, Long> figures = new HashMap<>();
        for (String pair : line(out, "cnnt-wrk ").split(" ")) {
            String[] kv = pair.split("=");
            figures.put(kv[0], Long.parseLong(kv[1]));
        }
        return figures;
    }

    /** The rest of the line of wrk's output that starts with {@code prefix}. */
    private static String line(String out, String prefix) {
        return out.lines()
                .filter(l -> l.startsWith(prefix))
                .map(l -> l.substring(prefix.length()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk printed no " + prefix.trim() + ": " + out));
    }
}
