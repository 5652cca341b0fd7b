package org.scorats.conference.benchmarks;

import io.gatling.javaapi.core.Simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Organizers registering participants through the gateway: validation, insert, outbox row,
 * commit, one request each. Properties: {@code bench.url}, {@code bench.token},
 * {@code bench.conference}, {@code bench.organizations} (comma-separated, taken in turn),
 * {@code bench.clients} or {@code bench.rate}, {@code bench.seconds}; the ids created are written
 * to {@code bench.out}, one a line.
 */
public class CreateParticipantsSimulation extends Simulation {

    private final Queue<String> created = new ConcurrentLinkedQueue<>();

    public CreateParticipantsSimulation() {
        Duration duration = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
        List<String> organizations = List.of(System.getProperty("bench.organizations").split(","));
        String run = Long.toString(System.currentTimeMillis(), 36);
        AtomicInteger next = new AtomicInteger();
        Iterator<Map<String, Object>> people = Stream.generate(() -> {
            int n = next.getAndIncrement();
            return Map.<String, Object>of("n", n, "organization", organizations.get(n % organizations.size()),
                    "email", "bench-" + run + "-" + n + "@bench.example");
        }).iterator();
        setUp(Load.population(scenario("register").feed(people).exec(http("POST participant")
                        .post("/api/v1/conferences/" + System.getProperty("bench.conference") + "/participants")
                        .header("Authorization", "Bearer " + System.getProperty("bench.token"))
                        .body(StringBody(session -> """
                                {"organizationCode": "%s", "givenName": "Участник", "familyName": "Нагрузочный",
                                 "givenNameLatin": "Uchastnik", "familyNameLatin": "Nagruzochny", "email": "%s",
                                 "language": "ru", "role": "delegate", "attendance": "in-person", "privacyConsent": true}"""
                                .formatted(session.getString("organization"), session.getString("email")))).asJson()
                        .check(status().is(201), jsonPath("$.id").saveAs("id")))
                .exec(session -> {
                    created.add(session.getString("id"));
                    return session;
                }), duration)).protocols(Load.protocol()).maxDuration(duration);
    }

    @Override
    public void after() {
        try {
            Files.write(Path.of(System.getProperty("bench.out")), created);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
