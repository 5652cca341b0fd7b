package org.scorats.conference.benchmarks;

import org.scorats.conference.localstack.LocalStack;
import org.scorats.conference.localstack.StackConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.scorats.conference.benchmarks.Bench.PROGRAM;
import static org.scorats.conference.benchmarks.EventLatency.APPROVALS_PER_SECOND;
import static org.scorats.conference.benchmarks.EventLatency.RUN;

/**
 * 8. Figures 1-3's loads on the applications started with their start-up caches and without, in the
 * same minutes: the cache is to shorten the start, and must not cost the warm applications throughput
 * (a cache carries method profiles, which steer the JIT). Each side runs twice, in the order with,
 * without, without, with: on two shared cores one pass of a load varies by a third between passes,
 * and the machine's state drifts through a run, so a single pass of each, one after the other,
 * measured the order as much as the cache (analysis, section 8).
 */
final class WarmThroughput implements Figure {

    private static final int CLIENTS = 16;
    /** Within this of each other the two sides are the same on this machine: runs of one figure vary as much. */
    private static final double SAME = 0.9;
    /** Whether each pass runs with the caches: balanced, so a drift through the run weighs on both sides alike. */
    private static final List<Boolean> PASSES = List.of(true, false, false, true);

    @Override
    public FigureResult measure(Bench bench) throws Exception {
        ScaledOut.stopSecondInstances(bench);
        bench.awaitQuietMail(Duration.ofMinutes(5));
        List<Pass> passes = new ArrayList<>();
        try (WebhookClock hooks = new WebhookClock()) {
            List<String> subscriptions = EventLatency.subscribe(bench, hooks);
            for (boolean withStartupCache : PASSES) {
                passes.add(Pass.measure(bench, hooks, withStartupCache, passes.size() + 1));
            }
            EventLatency.unsubscribe(bench, subscriptions);
        }
        restartAll(bench.stack(), true); // as the rest of the run had them
        Side cached = Side.of(passes, true);
        Side uncached = Side.of(passes, false);

        String method = """
                Every application (the three services and the gateway) restarted with its start-up cache or
                without it, warmed up, and measured; four such passes, in the order with, without, without,
                with, so that a drift of the machine through the minutes weighs on both sides alike. Warm-up:
                program reads for %d s, participant creations for 10 s, approvals at 20 a second for %d s (the
                approval's path is the last to compile; figure 3). Loads: figure 1's program reads through the
                gateway (%d clients, closed loop, %d s), figure 2's participant creations through the gateway (%d
                clients, %d s), figure 3's approvals at %d a second for %d s to email and webhook. Measured: the
                mean of a side's two passes (throughput), the higher of its two (p99). Baseline: the side
                without the caches. The cache should make no difference once warm; passes of one load differ
                by up to a tenth and more on this machine, so a ratio of %.1f or more counts as no loss.""".formatted(
                Bench.MEASURE.toSeconds(), ScaledOut.WARM_UP.toSeconds(), CLIENTS, Bench.MEASURE.toSeconds(), CLIENTS,
                Bench.MEASURE.toSeconds(), APPROVALS_PER_SECOND, RUN.toSeconds(), SAME);
        StringBuilder details = new StringBuilder("""
                | pass | caches | program reads | participant creations | approvals (warm-up; measured) |
                |---|---|---|---|---|
                """);
        passes.forEach(pass -> details.append(pass.row()));
        details.append("\nGatling reports: ").append(bench.reports(passes.stream()
                .flatMap(pass -> Stream.of(pass.reads, pass.writes)).toArray(GatlingRun[]::new))).append('.');
        double reads = cached.reads() / uncached.reads();
        double writes = cached.writes() / uncached.writes();
        int lost = cached.lost() + uncached.lost();
        return new FigureResult("8", "Start-up cache, warm", method, List.of(
                Measurement.of("8.reads", "program reads, " + CLIENTS + " clients, with the start-up caches against without",
                        "req/s", uncached.reads(), cached.reads(), "≥ " + SAME, reads >= SAME),
                Measurement.of("8.writes", "participants created, " + CLIENTS + " clients, with the start-up caches against "
                        + "without", "per s", uncached.writes(), cached.writes(), "≥ " + SAME + ", none failed",
                        writes >= SAME && cached.failed() + uncached.failed() == 0),
                Measurement.of("8.webhook-p99", "approval to webhook at 50/s, p99, with the start-up caches against without",
                        "ms", uncached.toWebhookP99(), cached.toWebhookP99(), null, null),
                Measurement.of("8.email-p99", "approval to email at 50/s, p99, with the start-up caches against without",
                        "ms", uncached.toMailP99(), cached.toMailP99(), null, null),
                Measurement.alone("8.lost", "emails and webhooks not there 3 min after the last approval, all passes",
                        "items", lost, "none", lost == 0)), details.toString());
    }

    private static void restartAll(LocalStack stack, boolean withStartupCache) {
        StackConfig.APPLICATIONS.forEach(application -> stack.restart(application, withStartupCache));
        StackConfig.APPLICATIONS.forEach(application -> stack.process(application).awaitReady(Duration.ofMinutes(3)));
    }

    /** The passes of one side together: throughput as their mean, latency as the worse of them. */
    private record Side(double reads, double writes, long failed, double toWebhookP99, double toMailP99, int lost) {

        static Side of(List<Pass> passes, boolean withStartupCache) {
            List<Pass> side = passes.stream().filter(pass -> pass.withStartupCache == withStartupCache).toList();
            return new Side(side.stream().mapToDouble(pass -> pass.reads.throughput()).average().orElseThrow(),
                    side.stream().mapToDouble(pass -> pass.writes.throughput()).average().orElseThrow(),
                    side.stream().mapToLong(pass -> pass.writes.failed()).sum(),
                    side.stream().mapToDouble(pass -> pass.approvals.toWebhook().p99()).max().orElseThrow(),
                    side.stream().mapToDouble(pass -> pass.approvals.toMail().p99()).max().orElseThrow(),
                    side.stream().mapToInt(pass -> pass.approvals.lost()).sum());
        }
    }

    /** One pass: the applications started one way, warmed up, then measured. */
    private record Pass(int number, boolean withStartupCache, EventLatency.Step warmUp, GatlingRun reads, GatlingRun writes,
                        EventLatency.Step approvals) {

        static Pass measure(Bench bench, WebhookClock hooks, boolean withStartupCache, int number) throws Exception {
            restartAll(bench.stack(), withStartupCache);
            String label = "pass " + number + (withStartupCache ? ", with the caches" : ", without the caches");
            String gateway = bench.url(StackConfig.GATEWAY);
            Map<String, String> creations = Map.of("bench.url", gateway, "bench.token", bench.tokens().demoUser("organizer"),
                    "bench.conference", bench.conference("bench-cache"), "bench.organizations",
                    String.join(",", Bench.ORGANIZATIONS), "bench.clients", Integer.toString(CLIENTS), "bench.seconds", "10",
                    "bench.out", bench.scratch().resolve("cache-created.txt").toString());
            bench.gatling(HttpGetSimulation.class, "8 warm-up reads, " + label,
                    Bench.get(gateway, PROGRAM, "bench.clients", CLIENTS));
            bench.gatling(CreateParticipantsSimulation.class, "8 warm-up creations, " + label, creations);
            EventLatency.Step warmUp = EventLatency.approve(bench, hooks, 20, ScaledOut.WARM_UP, "8 warm-up approvals, " + label,
                    false);
            GatlingRun reads = bench.gatling(HttpGetSimulation.class, "8 program reads, " + label,
                    Bench.get(gateway, PROGRAM, "bench.clients", CLIENTS));
            Map<String, String> measured = new HashMap<>(creations);
            measured.put("bench.seconds", Long.toString(Bench.MEASURE.toSeconds()));
            // A token lives five minutes, less than the warm-up: the warm-up's would be refused (401).
            measured.put("bench.token", bench.tokens().demoUser("organizer"));
            GatlingRun writes = bench.gatling(CreateParticipantsSimulation.class, "8 participant creations, " + label, measured);
            EventLatency.Step approvals = EventLatency.approve(bench, hooks, APPROVALS_PER_SECOND, RUN, "8 approvals, " + label,
                    false);
            return new Pass(number, withStartupCache, warmUp, reads, writes, approvals);
        }

        String row() {
            return "| %d | %s | %.0f req/s (p50 %.0f / p99 %.0f ms) | %.1f per s (p50 %.0f / p99 %.0f ms, %d failed) | %s; %s |%n"
                    .formatted(number, withStartupCache ? "with" : "without", reads.throughput(), reads.p50(), reads.p99(),
                            writes.throughput(), writes.p50(), writes.p99(), writes.failed(), warmUp.summary(),
                            approvals.summary());
        }
    }
}
