package org.scorats.conference.benchmarks;

import org.scorats.conference.localstack.ApiClient;
import org.scorats.conference.localstack.ChildProcess;
import org.scorats.conference.localstack.DemoData;
import org.scorats.conference.localstack.KeycloakTokens;
import org.scorats.conference.localstack.LocalStack;
import org.scorats.conference.localstack.StackConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What every figure works with: the running stack, a client of its gateway with Keycloak's tokens,
 * where results go, and the few steps several figures share (a Gatling run, a fresh conference).
 *
 * @param output  docs/performance: charts, and raw results in {@code raw/}
 * @param scratch benchmarks/target: Gatling's HTML reports, recordings, intermediate files (not in git)
 */
record Bench(LocalStack stack, Path output, Path scratch, ApiClient api, KeycloakTokens tokens, MemorySampler memory) {

    static final String PROGRAM = "/api/v1/conferences/sco-rats-2024/program";
    static final List<String> ORGANIZATIONS = List.of("UZ", "CN", "RU", "KZ", "IN", "MN", "TR", "CIS-ATC", "CSTO", "UWED");
    /** How long each measured load runs. */
    static final Duration MEASURE = Duration.ofSeconds(20);

    static Bench of(LocalStack stack, Path output, Path scratch, MemorySampler memory) {
        StackConfig config = stack.config();
        return new Bench(stack, output, scratch, new ApiClient(config.url(StackConfig.GATEWAY)),
                new KeycloakTokens(config.url(StackConfig.KEYCLOAK)), memory);
    }

    StackConfig config() {
        return stack.config();
    }

    String url(String part) {
        return config().url(part);
    }

    Path raw(String file) {
        return output.resolve("raw").resolve(file);
    }

    /** A Gatling simulation in its own JVM; its HTML report goes to benchmarks/target/gatling. */
    GatlingRun gatling(Class<?> simulation, String label, Map<String, String> properties) {
        GatlingRun run = GatlingRun.run(simulation, label, scratch.resolve("gatling"), properties);
        System.out.printf("  %s: %.0f req/s, p50 %.1f ms, p99 %.1f ms, %d failed of %d%n", label, run.throughput(), run.p50(),
                run.p99(), run.failed(), run.requests());
        return run;
    }

    /** The properties of {@link HttpGetSimulation} for {@link #MEASURE}: {@code model} is bench.clients or bench.rate. */
    static Map<String, String> get(String url, String path, String model, int value) {
        return Map.of("bench.url", url, "bench.path", path, model, Integer.toString(value),
                "bench.seconds", Long.toString(MEASURE.toSeconds()));
    }

    /** Where the reports of these runs are, for the report's text (they are not in git). */
    String reports(GatlingRun... runs) {
        StringBuilder where = new StringBuilder();
        for (GatlingRun run : runs) {
            where.append(where.isEmpty() ? "" : ", ").append('`')
                    .append(scratch.getParent().getParent().relativize(run.report())).append("/index.html`");
        }
        return where.toString();
    }

    /** A new conference with a delegation of 1,000 seats for each of {@link #ORGANIZATIONS}. */
    String conference(String prefix) {
        String id = prefix + "-" + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        String organizer = tokens.demoUser("organizer");
        var body = DemoData.conference(id);
        body.put("capacity", 100_000);
        api.post("/api/v1/conferences", organizer, body).expect(201);
        for (String organization : ORGANIZATIONS) {
            api.post("/api/v1/conferences/" + id + "/delegations", organizer, Map.of("organizationCode", organization,
                    "seatQuota", 1000)).expect(201);
        }
        return id;
    }

    /** The n-th participant of a partner batch, in Cyrillic. */
    static Map<String, Object> syncItem(int n) {
        return Map.of("externalId", "SYNC-" + n, "participant", Map.of("givenName", "Делегат", "familyName", "Синхронный",
                "givenNameLatin", "Delegat", "familyNameLatin", "Sinkhronny", "email", "sync-" + n + "@cisatc.example",
                "language", "ru", "role", "delegate", "attendance", "in-person", "privacyConsent", true));
    }

    /** Waits until the SMTP server has received nothing new for 5 s (earlier figures' mail is out). */
    void awaitQuietMail(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        int count = stack.smtp().count();
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline && System.nanoTime() - quietSince < Duration.ofSeconds(5).toNanos()) {
            ChildProcess.sleep(Duration.ofSeconds(1));
            int now = stack.smtp().count();
            if (now != count) {
                count = now;
                quietSince = System.nanoTime();
            }
        }
    }
}
