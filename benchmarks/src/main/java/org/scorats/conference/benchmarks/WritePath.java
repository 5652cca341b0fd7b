package org.scorats.conference.benchmarks;

import org.scorats.conference.localstack.StackConfig;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.scorats.conference.benchmarks.Bench.MEASURE;

/** 2. Creating participants through the gateway against plain JDBC inserts on the same PostgreSQL. */
final class WritePath implements Figure {

    private static final int CLIENTS = 8;

    @Override
    public FigureResult measure(Bench bench) throws Exception {
        String conference = bench.conference("bench-writes");
        Map<String, String> properties = new HashMap<>(Map.of("bench.url", bench.url(StackConfig.GATEWAY),
                "bench.token", bench.tokens().demoUser("organizer"), "bench.conference", conference,
                "bench.organizations", String.join(",", Bench.ORGANIZATIONS), "bench.clients", Integer.toString(CLIENTS),
                "bench.seconds", "10", "bench.out", bench.scratch().resolve("warm-up-created.txt").toString()));
        bench.gatling(CreateParticipantsSimulation.class, "warm-up writes", properties);
        properties.put("bench.seconds", Long.toString(MEASURE.toSeconds()));
        properties.put("bench.out", bench.scratch().resolve("created.txt").toString());
        var postgres = bench.stack().postgres();
        GatlingRun writes;
        String waits;
        try (WaitSampler sampler = new WaitSampler(postgres.jdbcUrl("registration"), postgres.username(),
                postgres.password(), "registration")) {
            writes = bench.gatling(CreateParticipantsSimulation.class, "2 participant creation", properties);
            waits = sampler.shares();
        }
        postgres.createDatabase("bench");
        double ceiling = JdbcInsertCeiling.measure(postgres.jdbcUrl("bench"), postgres.username(), postgres.password(),
                CLIENTS, MEASURE);

        String method = """
                `POST /api/v1/conferences/{id}/participants` through the gateway with an organizer's token (token
                check at the edge and in the service, validation, seat claim, insert, outbox row, commit; the
                outbox relay publishes to Kafka meanwhile), %d clients in a closed loop for %d s. Baseline: one
                row inserted and committed per round trip with plain JDBC, %d connections, %d s, on the same
                PostgreSQL.""".formatted(CLIENTS, MEASURE.toSeconds(), CLIENTS, MEASURE.toSeconds());
        String details = """
                Participant creation p50 / p95 / p99: %.1f / %.1f / %.1f ms, %d failed of %d. Gatling report: %s.

                What registration-service's database connections were doing during the run (`pg_stat_activity`
                sampled every 20 ms): %s.""".formatted(writes.p50(), writes.p95(), writes.p99(), writes.failed(),
                writes.requests(), bench.reports(writes), waits);
        double ratio = writes.throughput() / ceiling;
        return new FigureResult("2", "Registration write path", method, List.of(
                Measurement.of("2.throughput", "participants created, " + CLIENTS + " clients", "per s", ceiling,
                        writes.throughput(), "≥ 0.4", ratio >= 0.4)), details);
    }
}
