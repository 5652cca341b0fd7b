package org.scorats.conference.benchmarks;

import io.gatling.javaapi.core.Simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * An organizer approving registrations at a steady rate (open model): each participant in
 * {@code bench.in} (ids, one a line) once. Writes {@code id,epochMillis} of the moment each
 * approval was sent to {@code bench.out}, the moment the event latency is measured from (its
 * answer can reach the load generator after the email went out). A busy gateway's 503 is retried
 * after its Retry-After, as the contract tells clients to, up to {@value #ATTEMPTS} attempts; the
 * latency still counts from the first. Properties: {@code bench.url}, {@code bench.token},
 * {@code bench.rate}, {@code bench.seconds}.
 */
public class ApproveSimulation extends Simulation {

    static final int ATTEMPTS = 5;

    private final Queue<String> approved = new ConcurrentLinkedQueue<>();

    public ApproveSimulation() {
        Duration duration = Duration.ofSeconds(Long.getLong("bench.seconds", 60));
        Iterator<Map<String, Object>> ids;
        try {
            ids = Files.readAllLines(Path.of(System.getProperty("bench.in"))).stream()
                    .map(id -> Map.<String, Object>of("id", id)).toList().iterator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        setUp(Load.population(scenario("approve").feed(ids)
                .exec(session -> session.set("sentAt", System.currentTimeMillis()).set("retryAfter", "1"))
                .tryMax(ATTEMPTS, "attempt").on(
                        doIf(session -> session.getInt("attempt") > 0)
                                .then(pause(session -> Duration.ofSeconds(Long.parseLong(session.getString("retryAfter")))))
                                .exec(http("POST approve")
                                        .post("/api/v1/participants/#{id}/transitions")
                                        .header("Authorization", "Bearer " + System.getProperty("bench.token"))
                                        .body(StringBody("{\"action\": \"approve\"}")).asJson()
                                        .check(header("Retry-After").optional().saveAs("retryAfter"), status().is(200))))
                .exec(session -> {
                    if (!session.isFailed()) {
                        approved.add(session.getString("id") + "," + session.getLong("sentAt"));
                    }
                    return session;
                }), duration)).protocols(Load.protocol()).maxDuration(duration.plusSeconds(30));
    }

    @Override
    public void after() {
        try {
            Files.write(Path.of(System.getProperty("bench.out")), approved);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
