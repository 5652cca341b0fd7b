package org.scorats.conference.benchmarks;

import org.scorats.conference.localstack.StackConfig;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.scorats.conference.benchmarks.Bench.MEASURE;
import static org.scorats.conference.benchmarks.Bench.PROGRAM;

/** 5. The latest release read by 200 clients: full answers, and revalidations answered 304. */
final class PublicReads implements Figure {

    private static final int CLIENTS = 200;

    @Override
    public FigureResult measure(Bench bench) {
        String gateway = bench.url(StackConfig.GATEWAY);
        String etag = bench.api().get(PROGRAM, null).expect(200).header("ETag");
        GatlingRun full = bench.gatling(HttpGetSimulation.class, "5 full reads", Bench.get(gateway, PROGRAM, "bench.clients", CLIENTS));
        Map<String, String> revalidate = new HashMap<>(Bench.get(gateway, PROGRAM, "bench.clients", CLIENTS));
        revalidate.put("bench.ifNoneMatch", etag);
        revalidate.put("bench.status", "304");
        GatlingRun notModified = bench.gatling(HttpGetSimulation.class, "5 revalidations", revalidate);

        String method = """
                `GET %s` through the gateway by %d concurrent clients (closed loop, %d s each), without a token:
                full reads (200, the whole release; baseline), and revalidations with `If-None-Match` (304, no
                body).""".formatted(PROGRAM, CLIENTS, MEASURE.toSeconds());
        String details = """
                Full reads p50 / p95 / p99: %.0f / %.0f / %.0f ms, %d failed of %d. Revalidations: %.0f / %.0f /
                %.0f ms, %d failed of %d. Gatling reports: %s.""".formatted(full.p50(), full.p95(), full.p99(),
                full.failed(), full.requests(), notModified.p50(), notModified.p95(), notModified.p99(),
                notModified.failed(), notModified.requests(), bench.reports(full, notModified));
        return new FigureResult("5", "Public reads", method, List.of(
                Measurement.of("5.throughput", "program reads, " + CLIENTS + " clients", "req/s", full.throughput(),
                        notModified.throughput(), null, null),
                Measurement.of("5.p99", "p99 latency", "ms", full.p99(), notModified.p99(), null, null)), details);
    }
}
