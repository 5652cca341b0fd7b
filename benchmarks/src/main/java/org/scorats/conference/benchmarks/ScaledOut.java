package org.scorats.conference.benchmarks;

import org.scorats.conference.localstack.StackConfig;

import java.time.Duration;
import java.util.List;

import static org.scorats.conference.benchmarks.Bench.PROGRAM;
import static org.scorats.conference.benchmarks.EventLatency.APPROVALS_PER_SECOND;
import static org.scorats.conference.benchmarks.EventLatency.RUN;

/**
 * 7. Figures 1 and 3 again with a second instance of agenda-service and of notification-service
 * behind the gateway, next to the same loads on one instance of each in the same minutes. The
 * benchmark's stack runs both services at two instances with the second ones stopped until here.
 */
final class ScaledOut implements Figure {

    /** The services this figure runs twice; {@code <service>-2} is the second instance. */
    static final List<String> SCALED = List.of(StackConfig.AGENDA, StackConfig.NOTIFICATION);
    private static final int CLIENTS = 16;
    /** A new instance compiles the approval's path as the first ones did (figure 3): warmed before it is measured. */
    static final Duration WARM_UP = Duration.ofSeconds(150);

    @Override
    public FigureResult measure(Bench bench) throws Exception {
        String gateway = bench.url(StackConfig.GATEWAY);
        bench.awaitQuietMail(Duration.ofMinutes(5));
        try (WebhookClock hooks = new WebhookClock()) {
            List<String> subscriptions = EventLatency.subscribe(bench, hooks);
            GatlingRun oneReads = bench.gatling(HttpGetSimulation.class, "7 program reads, one agenda instance",
                    Bench.get(gateway, PROGRAM, "bench.clients", CLIENTS));
            EventLatency.Step oneApprovals = EventLatency.approve(bench, hooks, APPROVALS_PER_SECOND, RUN,
                    "7 approvals, one notification instance", false);

            for (String service : SCALED) {
                bench.stack().process(service + "-2").start();
            }
            for (String service : SCALED) {
                bench.stack().process(service + "-2").awaitReady(Duration.ofMinutes(3));
            }
            bench.gatling(HttpGetSimulation.class, "7 warm-up reads, two agenda instances", Bench.get(gateway, PROGRAM,
                    "bench.clients", CLIENTS));
            EventLatency.Step warmUp = EventLatency.approve(bench, hooks, 20, WARM_UP, "7 warm-up, two notification instances", false);
            GatlingRun twoReads = bench.gatling(HttpGetSimulation.class, "7 program reads, two agenda instances",
                    Bench.get(gateway, PROGRAM, "bench.clients", CLIENTS));
            EventLatency.Step twoApprovals = EventLatency.approve(bench, hooks, APPROVALS_PER_SECOND, RUN,
                    "7 approvals, two notification instances", false);
            EventLatency.unsubscribe(bench, subscriptions);

            String method = """
                    The benchmark's stack runs agenda-service and notification-service at two instances each; the
                    second ones stay stopped for figures 1-5 and start here (the gateway spreads requests over both,
                    the consumer group shares the topic's partitions out). Program reads: %d clients in a closed loop
                    through the gateway for %d s, as in figure 1. Approvals: %d per second for %d s through the
                    gateway to email and webhook, as in figure 3's main run. Baseline: the same loads on one instance
                    of each, measured here first. Before the two-instance runs the new instances are warmed up
                    (reads for %d s, approvals at 20 a second for %d s: %s).""".formatted(CLIENTS,
                    Bench.MEASURE.toSeconds(), APPROVALS_PER_SECOND, RUN.toSeconds(), Bench.MEASURE.toSeconds(),
                    WARM_UP.toSeconds(), warmUp.summary());
            String details = """
                    One instance of each: reads %.0f req/s (p50 %.0f / p99 %.0f ms); approvals %s.
                    Two instances of each: reads %.0f req/s (p50 %.0f / p99 %.0f ms); approvals %s.
                    On two cores a second instance adds a process's overhead and no core: these figures show the
                    platform working scaled out, not what it gains where instances have cores of their own.
                    Gatling reports: %s.""".formatted(oneReads.throughput(), oneReads.p50(), oneReads.p99(),
                    oneApprovals.summary(), twoReads.throughput(), twoReads.p50(), twoReads.p99(), twoApprovals.summary(),
                    bench.reports(oneReads, twoReads));
            return new FigureResult("7", "Scaled out", method, List.of(
                    Measurement.of("7.reads", "program reads through the gateway, two agenda instances against one", "req/s",
                            oneReads.throughput(), twoReads.throughput(), null, null),
                    Measurement.of("7.email-p99", "approval to email at 50/s, p99, two notification instances against one",
                            "ms", oneApprovals.toMail().p99(), twoApprovals.toMail().p99(), null, null),
                    Measurement.of("7.webhook-p99", "approval to webhook at 50/s, p99, two notification instances against one",
                            "ms", oneApprovals.toWebhook().p99(), twoApprovals.toWebhook().p99(), null, null),
                    Measurement.alone("7.lost", "emails and webhooks not there 3 min after the last approval, two instances",
                            "items", twoApprovals.lost(), "none", twoApprovals.lost() == 0)), details);
        }
    }

    /** Stops the second instances the benchmark's stack started, so figures 1-5 measure one instance of each. */
    static void stopSecondInstances(Bench bench) {
        SCALED.forEach(service -> bench.stack().process(service + "-2").stop());
    }
}
