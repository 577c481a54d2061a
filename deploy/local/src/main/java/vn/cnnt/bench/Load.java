package vn.cnnt.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * A closed-loop load generator: {@code clients} virtual threads each send a request, wait for the answer,
 * and send the next, for a fixed time after a warm-up (or until a queue of work is drained). Prints throughput and
 * latency percentiles. The JDK's client spends more CPU per request than a cheap endpoint does, on the cores it shares
 * with the stack: the other benches compare runs of their own, and issue 17's table ({@link TableBench}) uses
 * {@link Wrk}.
 */
public final class Load {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public record Result(
            String label,
            int clients,
            long requests,
            double perSecond,
            double p50,
            double p99,
            double max,
            long failures,
            String statuses) {

        public void print() {
            System.out.printf(
                    "%-44s %4d clients %8d req %9.1f req/s   p50 %7.2f ms   p99 %7.2f ms   max %8.2f ms   %s%n",
                    label,
                    clients,
                    requests,
                    perSecond,
                    p50,
                    p99,
                    max,
                    failures == 0 ? statuses : failures + " failed " + statuses);
        }
    }

    private Load() {}

    /** @param request builds the i-th request of a client (client index, iteration) */
    public static Result run(
            String label,
            int clients,
            Duration warmUp,
            Duration measure,
            BiFunction<Integer, Long, HttpRequest> request)
            throws InterruptedException {
        drive(clients, until(warmUp), request, null, null, null);
        return measure(label, clients, until(measure), request);
    }

    /** Sends one request per item of {@code work}, {@code clients} at a time, until no item is left. */
    public static <T> Result drain(String label, int clients, Queue<T> work, Function<T, HttpRequest> request)
            throws InterruptedException {
        return measure(label, clients, () -> true, (c, i) -> {
            T item = work.poll();
            return item == null ? null : request.apply(item);
        });
    }

    private static BooleanSupplier until(Duration time) {
        long end = System.nanoTime() + time.toNanos();
        return () -> System.nanoTime() < end;
    }

    private static Result measure(
            String label, int clients, BooleanSupplier running, BiFunction<Integer, Long, HttpRequest> request)
            throws InterruptedException {
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        ConcurrentHashMap<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        drive(clients, running, request, samples, statuses, failures);
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = samples.stream()
                .flatMapToLong(Arrays::stream)
                .filter(v -> v > 0)
                .sorted()
                .toArray();
        return new Result(
                label,
                clients,
                all.length,
                all.length / seconds,
                pct(all, 0.50),
                pct(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                failures.get(),
                statuses.toString());
    }

    /** @param request the next request of a client, or null when it has none left */
    private static void drive(
            int clients,
            BooleanSupplier running,
            BiFunction<Integer, Long, HttpRequest> request,
            ConcurrentLinkedQueue<long[]> samples,
            ConcurrentHashMap<Integer, AtomicLong> statuses,
            AtomicLong failures)
            throws InterruptedException {
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread.ofVirtual().start(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                long i = 0;
                while (running.getAsBoolean()) {
                    HttpRequest next = request.apply(client, i++);
                    if (next == null) {
                        break;
                    }
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> response = HTTP.send(next, HttpResponse.BodyHandlers.discarding());
                        if (statuses != null) {
                            statuses.computeIfAbsent(response.statusCode(), k -> new AtomicLong())
                                    .incrementAndGet();
                        }
                    } catch (Exception e) {
                        if (failures != null) {
                            failures.incrementAndGet();
                        }
                        continue;
                    }
                    if (samples != null) {
                        if (n == mine.length) {
                            samples.add(mine);
                            mine = new long[mine.length];
                            n = 0;
                        }
                        mine[n++] = System.nanoTime() - t0;
                    }
                }
                if (samples != null) {
                    samples.add(Arrays.copyOf(mine, n));
                }
                done.countDown();
            });
        }
        done.await();
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0
                ? 0
                : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
