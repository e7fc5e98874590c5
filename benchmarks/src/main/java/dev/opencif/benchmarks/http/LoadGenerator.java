package dev.opencif.benchmarks.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * A closed-loop load generator on loopback: {@code concurrency} threads, each with a request in flight at a time,
 * until {@code maxRequests} were sent or {@code maxTime} passed. Latency per request, throughput over the run.
 */
public final class LoadGenerator {
    /** What one run measured. {@code errors} counts non-2xx answers and failures (they are not in the latencies). */
    public record Result(int requests, int errors, double seconds, double requestsPerSecond, double p50Millis, double p99Millis,
                         String firstError) {
    }

    private final HttpClient client;

    public LoadGenerator() {
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Runs requests {@code 0, 1, 2, …} built by {@code request}; each must answer 2xx. */
    public Result run(LongFunction<HttpRequest> request, int concurrency, int maxRequests, Duration maxTime) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicInteger errors = new AtomicInteger();
        long[] latencies = new long[maxRequests];
        AtomicInteger done = new AtomicInteger();
        String[] firstError = new String[1];
        long deadline = System.nanoTime() + maxTime.toNanos();
        CountDownLatch finished = new CountDownLatch(concurrency);
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            Thread worker = new Thread(() -> {
                try {
                    while (System.nanoTime() < deadline) {
                        long n = next.getAndIncrement();
                        if (n >= maxRequests) {
                            return;
                        }
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = client.send(request.apply(n), HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() / 100 != 2) {
                                errors.incrementAndGet();
                                synchronized (firstError) {
                                    if (firstError[0] == null) {
                                        firstError[0] = response.statusCode() + " " + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
                                    }
                                }
                                continue;
                            }
                        } catch (java.io.IOException e) {
                            errors.incrementAndGet();
                            synchronized (firstError) {
                                if (firstError[0] == null) {
                                    firstError[0] = e.toString();
                                }
                            }
                            continue;
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        latencies[done.getAndIncrement()] = System.nanoTime() - sent;
                    }
                } finally {
                    finished.countDown();
                }
            }, "load-" + t);
            worker.setDaemon(true);
            worker.start();
        }
        finished.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        int ok = done.get();
        long[] sorted = Arrays.copyOf(latencies, ok);
        Arrays.sort(sorted);
        return new Result(ok, errors.get(), seconds, ok / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99), firstError[0]);
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    public static HttpRequest post(URI uri, String body, String... headers) {
        return post(uri, body, Duration.ofSeconds(30), headers);
    }

    /** A JSON POST that fails (counted as an error) when the answer takes longer than {@code timeout}. */
    public static HttpRequest post(URI uri, String body, Duration timeout, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b.build();
    }
}
