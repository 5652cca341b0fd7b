package org.scorats.conference.benchmarks;

import org.scorats.conference.localstack.StackConfig;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.scorats.conference.benchmarks.Bench.MEASURE;
import static org.scorats.conference.benchmarks.Bench.PROGRAM;

/** 1. The same public read straight to agenda-service and through the gateway. */
final class GatewayCost implements Figure {

    private static final int CLIENTS = 16;

    @Override
    public FigureResult measure(Bench bench) throws Exception {
        String direct = bench.url(StackConfig.AGENDA);
        String gateway = bench.url(StackConfig.GATEWAY);
        bench.gatling(HttpGetSimulation.class, "warm-up", Map.of("bench.url", gateway, "bench.path", PROGRAM,
                "bench.clients", "16", "bench.seconds", "15"));
        bench.gatling(HttpGetSimulation.class, "warm-up direct", Map.of("bench.url", direct, "bench.path", PROGRAM,
                "bench.clients", "16", "bench.seconds", "10"));
        GatlingRun directMax = bench.gatling(HttpGetSimulation.class, "1 direct, closed",
                Bench.get(direct, PROGRAM, "bench.clients", CLIENTS));
        Profile profile = Profile.start(bench.stack().process(StackConfig.GATEWAY).pid(), bench.scratch().resolve("gateway.jfr"));
        GatlingRun gatewayMax = bench.gatling(HttpGetSimulation.class, "1 gateway, closed",
                Bench.get(gateway, PROGRAM, "bench.clients", CLIENTS));
        String layers = profile.summarize(bench.raw("gateway-profile.txt"), 25);
        // Latency at a steady arrival rate well below either's capacity, the same for both, timed to the microsecond.
        int rate = (int) Math.max(20, Math.min(200, gatewayMax.throughput() / 3));
        Percentiles directOpen = OpenLoop.run(direct + PROGRAM, rate, MEASURE);
        Percentiles gatewayOpen = OpenLoop.run(gateway + PROGRAM, rate, MEASURE);
        double added = gatewayOpen.p50() - directOpen.p50();
        int size = bench.api().get(PROGRAM, null).expect(200).text().getBytes(StandardCharsets.UTF_8).length;

        String method = """
                `GET %s` (the latest release, %d KB of JSON), straight to agenda-service (baseline) and through
                the gateway, no token (the public program). Throughput: Gatling, %d clients in a closed loop for
                %d s each. Latency: an open workload of %d requests per second for %d s each, timed to the
                microsecond from when each request was due (Gatling's resolution, one millisecond, is too coarse
                for the target of less than 1 ms added).""".formatted(PROGRAM, size / 1024, CLIENTS,
                MEASURE.toSeconds(), rate, MEASURE.toSeconds());
        String details = """
                Open-loop latency: direct %s; through the gateway %s. Under full load (Gatling): direct p50 %.0f /
                p99 %.0f ms, gateway p50 %.0f / p99 %.0f ms. Gatling reports: %s.

                The gateway's CPU during its loaded run (Java Flight Recorder, execution samples by layer; whole
                profile: [gateway-profile.txt](performance/raw/gateway-profile.txt)):

                ```
                %s```""".formatted(directOpen, gatewayOpen, directMax.p50(), directMax.p99(), gatewayMax.p50(),
                gatewayMax.p99(), bench.reports(directMax, gatewayMax), layers);
        double ratio = gatewayMax.throughput() / directMax.throughput();
        return new FigureResult("1", "Gateway cost", method, List.of(
                Measurement.of("1.throughput", "program reads, " + CLIENTS + " clients", "req/s",
                        directMax.throughput(), gatewayMax.throughput(), "≥ 0.85", ratio >= 0.85),
                Measurement.of("1.median-latency", "median latency at " + rate + " req/s", "ms",
                        directOpen.p50(), gatewayOpen.p50(), "< 1 ms added", added < 1)), details);
    }
}
