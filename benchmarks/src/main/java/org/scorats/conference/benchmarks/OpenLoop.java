package org.scorats.conference.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * An open workload with microsecond timing, for differences below Gatling's one-millisecond
 * resolution: requests start on a fixed schedule whatever the answers do, and each latency is
 * counted from when its request was due (so a stall is charged to every request it delayed).
 */
final class OpenLoop {

    private OpenLoop() {
    }

    static Percentiles run(String url, int perSecond, Duration duration) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").build();
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<CompletableFuture<?>> pending = new ConcurrentLinkedQueue<>();
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime();
        long count = duration.toSeconds() * perSecond;
        for (long i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .thenAccept(response -> millis.add((System.nanoTime() - due) / 1e6)));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        return Percentiles.of(List.copyOf(millis));
    }
}
