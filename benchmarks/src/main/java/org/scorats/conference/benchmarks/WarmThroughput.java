package org.scorats.conference.benchmarks;

import org.scorats.conference.localstack.LocalStack;
import org.scorats.conference.localstack.StackConfig;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.scorats.conference.benchmarks.Bench.PROGRAM;
import static org.scorats.conference.benchmarks.EventLatency.APPROVALS_PER_SECOND;
import static org.scorats.conference.benchmarks.EventLatency.RUN;

/**
 * 8. Figures 1-3's loads on the applications started with their start-up caches and without, one
 * after the other in the same minutes: the cache is to shorten the start, and must not cost the
 * warm applications throughput (a cache carries method profiles, which steer the JIT).
 */
final class WarmThroughput implements Figure {

    private static final int CLIENTS = 16;
    /** Within this of each other the two sides are the same on this machine: runs of one figure vary as much. */
    private static final double SAME = 0.9;

    @Override
    public FigureResult measure(Bench bench) throws Exception {
        ScaledOut.stopSecondInstances(bench);
        bench.awaitQuietMail(Duration.ofMinutes(5));
        Side cached;
        Side uncached;
        try (WebhookClock hooks = new WebhookClock()) {
            List<String> subscriptions = EventLatency.subscribe(bench, hooks);
            cached = Side.measure(bench, hooks, true);
            uncached = Side.measure(bench, hooks, false);
            EventLatency.unsubscribe(bench, subscriptions);
        }
        restartAll(bench.stack(), true); // as the rest of the run had them

        String method = """
                Every application (the three services and the gateway) restarted with its start-up cache, warmed
                up, and measured; then all restarted without it, warmed up the same way, and measured again.
                Warm-up: program reads for %d s, participant creations for 10 s, approvals at 20 a second for %d s
                (the approval's path is the last to compile; figure 3). Loads: figure 1's program reads through
                the gateway (%d clients, closed loop, %d s), figure 2's participant creations through the gateway
                (%d clients, %d s), figure 3's approvals at %d a second for %d s to email and webhook. Baseline:
                the run without the caches. The cache should make no difference once warm; runs of one figure
                differ by up to a tenth on this machine, so a ratio of %.1f or more counts as no loss.""".formatted(
                Bench.MEASURE.toSeconds(), ScaledOut.WARM_UP.toSeconds(), CLIENTS, Bench.MEASURE.toSeconds(), CLIENTS,
                Bench.MEASURE.toSeconds(), APPROVALS_PER_SECOND, RUN.toSeconds(), SAME);
        String details = """
                | | with the caches | without |
                |---|---|---|
                | program reads | %.0f req/s (p50 %.0f / p99 %.0f ms) | %.0f req/s (p50 %.0f / p99 %.0f ms) |
                | participant creations | %.1f per s (p50 %.0f / p99 %.0f ms, %d failed) | %.1f per s (p50 %.0f / p99 %.0f ms, %d failed) |
                | approvals | %s | %s |

                Warm-up approvals with the caches: %s; without: %s. Gatling reports: %s.""".formatted(
                cached.reads.throughput(), cached.reads.p50(), cached.reads.p99(),
                uncached.reads.throughput(), uncached.reads.p50(), uncached.reads.p99(),
                cached.writes.throughput(), cached.writes.p50(), cached.writes.p99(), cached.writes.failed(),
                uncached.writes.throughput(), uncached.writes.p50(), uncached.writes.p99(), uncached.writes.failed(),
                cached.approvals.summary(), uncached.approvals.summary(), cached.warmUp.summary(),
                uncached.warmUp.summary(), bench.reports(cached.reads, cached.writes, uncached.reads, uncached.writes));
        double reads = cached.reads.throughput() / uncached.reads.throughput();
        double writes = cached.writes.throughput() / uncached.writes.throughput();
        int lost = cached.approvals.lost() + uncached.approvals.lost();
        return new FigureResult("8", "Start-up cache, warm", method, List.of(
                Measurement.of("8.reads", "program reads, " + CLIENTS + " clients, with the start-up caches against without",
                        "req/s", uncached.reads.throughput(), cached.reads.throughput(), "≥ " + SAME, reads >= SAME),
                Measurement.of("8.writes", "participants created, " + CLIENTS + " clients, with the start-up caches against "
                        + "without", "per s", uncached.writes.throughput(), cached.writes.throughput(),
                        "≥ " + SAME + ", none failed",
                        writes >= SAME && cached.writes.failed() + uncached.writes.failed() == 0),
                Measurement.of("8.webhook-p99", "approval to webhook at 50/s, p99, with the start-up caches against without",
                        "ms", uncached.approvals.toWebhook().p99(), cached.approvals.toWebhook().p99(), null, null),
                Measurement.of("8.email-p99", "approval to email at 50/s, p99, with the start-up caches against without",
                        "ms", uncached.approvals.toMail().p99(), cached.approvals.toMail().p99(), null, null),
                Measurement.alone("8.lost", "emails and webhooks not there 3 min after the last approval, both runs",
                        "items", lost, "none", lost == 0)), details);
    }

    private static void restartAll(LocalStack stack, boolean withStartupCache) {
        StackConfig.APPLICATIONS.forEach(application -> stack.restart(application, withStartupCache));
        StackConfig.APPLICATIONS.forEach(application -> stack.process(application).awaitReady(Duration.ofMinutes(3)));
    }

    /** One side of the comparison: the applications started one way, warmed up, then measured. */
    private record Side(EventLatency.Step warmUp, GatlingRun reads, GatlingRun writes, EventLatency.Step approvals) {

        static Side measure(Bench bench, WebhookClock hooks, boolean withStartupCache) throws Exception {
            restartAll(bench.stack(), withStartupCache);
            String label = withStartupCache ? "with the caches" : "without the caches";
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
            return new Side(warmUp, reads, writes, approvals);
        }
    }
}
