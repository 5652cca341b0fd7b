package org.scorats.conference.benchmarks;

import org.scorats.conference.localstack.StackConfig;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.scorats.conference.benchmarks.Bench.MEASURE;

/**
 * 2. Creating participants in one conference through the gateway, against reading one participant
 * through the gateway with the same token (the same HTTP, token and gateway costs) and against plain
 * JDBC inserts on the same PostgreSQL.
 */
final class WritePath implements Figure {

    private static final int CLIENTS = 16;
    /**
     * Long enough for the JIT: each creation sets off notification-service's and agenda-service's
     * consumers, which compile their paths over the first thousands of events. After 10 s of
     * creations the figure measured the compilers as much as the path (46 a second, against 73 to 88
     * in figure 8, whose passes warm the same services up with 3,000 approvals first).
     */
    private static final Duration WARM_UP = Duration.ofSeconds(60);

    @Override
    public FigureResult measure(Bench bench) throws Exception {
        String conference = bench.conference("bench-writes");
        String token = bench.tokens().demoUser("organizer");
        Map<String, String> properties = new HashMap<>(Map.of("bench.url", bench.url(StackConfig.GATEWAY),
                "bench.token", token, "bench.conference", conference,
                "bench.organizations", String.join(",", Bench.ORGANIZATIONS), "bench.clients", Integer.toString(CLIENTS),
                "bench.seconds", Long.toString(WARM_UP.toSeconds()),
                "bench.out", bench.scratch().resolve("warm-up-created.txt").toString()));
        bench.gatling(CreateParticipantsSimulation.class, "warm-up writes", properties);
        String someone = Files.readAllLines(bench.scratch().resolve("warm-up-created.txt")).get(0);
        Map<String, String> read = new HashMap<>(Map.of("bench.url", bench.url(StackConfig.GATEWAY), "bench.path",
                "/api/v1/participants/" + someone, "bench.token", token, "bench.clients", Integer.toString(CLIENTS),
                "bench.seconds", Long.toString(MEASURE.toSeconds())));
        bench.gatling(HttpGetSimulation.class, "warm-up reads", read);
        bench.awaitQuietMail(Duration.ofMinutes(5));
        // A token lives five minutes, less than the warm-up and the measurements together.
        token = bench.tokens().demoUser("organizer");
        read.put("bench.token", token);
        properties.put("bench.token", token);
        CpuShares readsCpu = CpuShares.start(bench.stack());
        GatlingRun reads = bench.gatling(HttpGetSimulation.class, "2 participant reads", read);
        String readsCpuPerRequest = readsCpu.perItem(reads.requests());
        properties.put("bench.seconds", Long.toString(MEASURE.toSeconds()));
        properties.put("bench.out", bench.scratch().resolve("created.txt").toString());
        var postgres = bench.stack().postgres();
        GatlingRun writes;
        String waits;
        String writesCpuPerRequest;
        double lockShare;
        try (WaitSampler sampler = new WaitSampler(postgres.jdbcUrl("registration"), postgres.username(),
                postgres.password(), "registration")) {
            CpuShares writesCpu = CpuShares.start(bench.stack());
            writes = bench.gatling(CreateParticipantsSimulation.class, "2 participant creation", properties);
            writesCpuPerRequest = writesCpu.perItem(writes.requests());
            waits = sampler.shares();
            lockShare = sampler.lockShare();
        }
        postgres.createDatabase("bench");
        double ceiling = JdbcInsertCeiling.measure(postgres.jdbcUrl("bench"), postgres.username(), postgres.password(),
                CLIENTS, MEASURE);

        String method = """
                `POST /api/v1/conferences/{id}/participants` in one conference through the gateway with an
                organizer's token (token check at the edge and in the service, validation, the email check, the
                seat claim, insert, status history, outbox row, commit; the outbox relay publishes to Kafka
                meanwhile), %d clients in a closed loop for %d s after a warm-up of %d s of creations and %d s
                of reads, and once the warm-up's mails are sent. Baseline: the same clients reading one
                participant (`GET /api/v1/participants/{id}`) through the gateway with the same token, which
                pays the same HTTP, token and gateway costs. Second baseline, for scale: one row inserted and
                committed per round trip with plain JDBC, %d connections, on the same PostgreSQL.
                Row-lock waits: the share of `pg_stat_activity` samples (every 20 ms) of registration-service's
                busy connections waiting for a lock.""".formatted(CLIENTS, MEASURE.toSeconds(), WARM_UP.toSeconds(),
                MEASURE.toSeconds(), CLIENTS);
        String details = """
                Participant creation p50 / p95 / p99: %.1f / %.1f / %.1f ms, %d failed of %d; reads p50 / p99:
                %.1f / %.1f ms, %d failed of %d. Gatling reports: %s.

                What registration-service's database connections were doing during the creations: %s.

                Where the machine's CPU went, per creation (the load generator is a process of its own; the
                launcher's JVM is the benchmark's, with Kafka and the SMTP server that receives each creation's mail):

                %s
                and per read:

                %s""".formatted(
                writes.p50(), writes.p95(), writes.p99(), writes.failed(), writes.requests(), reads.p50(), reads.p99(),
                reads.failed(), reads.requests(), bench.reports(writes, reads), waits, writesCpuPerRequest,
                readsCpuPerRequest);
        double ratio = writes.throughput() / reads.throughput();
        return new FigureResult("2", "Registration write path", method, List.of(
                Measurement.of("2.throughput", "participants created against participants read, " + CLIENTS + " clients",
                        "per s", reads.throughput(), writes.throughput(), "≥ 0.5, none failed",
                        ratio >= 0.5 && writes.failed() == 0),
                Measurement.of("2.jdbc", "participants created against plain JDBC inserts", "per s", ceiling,
                        writes.throughput(), null, null),
                Measurement.alone("2.lock-waits", "row-lock waits, share of sampled connection time", "%",
                        100 * lockShare, "< 5 %", lockShare < 0.05)), details);
    }
}
