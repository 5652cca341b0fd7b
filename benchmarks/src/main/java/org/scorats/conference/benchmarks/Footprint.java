package org.scorats.conference.benchmarks;

import org.scorats.conference.localstack.ChildProcess;
import org.scorats.conference.localstack.LocalStack;
import org.scorats.conference.localstack.StackConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 6. Each application's start to ready, alone, without and with its start-up cache; its memory idle
 * and after the benchmark; a bare JVM as the baseline of memory.
 */
final class Footprint implements Figure {

    /** Long enough for the start's stragglers (consumer group joins, the first scheduled runs) to settle. */
    private static final Duration SETTLE = Duration.ofSeconds(10);
    /**
     * Memory after the benchmark is read once the load has been over this long: longer than the collector's idle
     * interval (G1's periodic collection, {@link LocalStack#JVM_OPTIONS}), so it measures what an application keeps
     * after a busy hour, not what it held in the middle of one (the run's memory chart shows that).
     */
    private static final Duration AFTER_LOAD = Duration.ofSeconds(15);

    @Override
    public FigureResult measure(Bench bench) throws Exception {
        bench.awaitQuietMail(Duration.ofMinutes(5));
        ChildProcess.sleep(AFTER_LOAD);
        LocalStack stack = bench.stack();
        Map<String, Long> after = stack.memoryMib();
        long total = after.values().stream().filter(v -> v > 0).mapToLong(Long::longValue).sum();
        BareJvm baseline = BareJvm.measure(stack.config().runtime());
        boolean cachedDuringRun = StackConfig.APPLICATIONS.stream().allMatch(stack::hasStartupCache);
        List<Measurement> measurements = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (String application : StackConfig.APPLICATIONS) {
            // The first restart ends the run that trained the cache, if it was one: its JVM writes the cache on the way out.
            Start cold = Start.of(stack, application, false);
            Start cached = Start.of(stack, application, true);
            boolean hasCache = stack.hasStartupCache(application);
            rows.add("| %s | %.1f s (%s) | %.1f s (%s) | %d MiB | %d MiB | %d MiB |".formatted(application, cold.seconds(),
                    cold.quarkusStartedIn(), cached.seconds(), cached.quarkusStartedIn(), cold.idleMib(), cached.idleMib(),
                    after.get(application)));
            measurements.add(Measurement.of("6.ready." + application, application + " start to ready with its start-up cache, "
                    + "against without", "s", cold.seconds(), cached.seconds(), "< 2 s", hasCache && cached.seconds() < 2));
            measurements.add(Measurement.of("6.rss-idle." + application, application + " resident memory idle after a start "
                    + "with its cache", "MiB", baseline.rssMib(), cached.idleMib(), "< 200 MiB", cached.idleMib() < 200));
            measurements.add(Measurement.of("6.rss." + application, application + " resident memory after the benchmark", "MiB",
                    baseline.rssMib(), after.get(application), "< 300 MiB", after.get(application) < 300));
        }
        bench.memory().chart(bench.output().resolve("memory.svg"));

        String method = """
                Each application stopped and started again alone (the rest of the stack running, no load), from the
                process's start to its readiness check answering UP (`/q/health/ready`: the database): first
                without its start-up cache, then with it (the local stack's `StartupCache`: on %s, %s, trained by the
                application's first run and written when it stops; README, "Run it locally"). Idle memory (RSS) %d s
                after ready; memory after the benchmark measured before the restarts, once the mail has stopped and %d s
                more have passed. JVM options as the local stack
                runs them: `%s`. Baseline of memory: a bare JVM with the same options
                printing one line (%d MiB, ready in %.2f s).""".formatted(stack.config().runtime(),
                stack.config().runtime().hasAotCache() ? "an ahead-of-time cache (JEP 483/514/515)" : "an AppCDS archive",
                SETTLE.toSeconds(), AFTER_LOAD.toSeconds(), String.join(" ", LocalStack.JVM_OPTIONS), baseline.rssMib(), baseline.readySeconds());
        String details = """
                | application | start to ready, no cache (Quarkus's "started in") | with the cache | RSS idle, no cache | with the cache | RSS after the benchmark |
                |---|---|---|---|---|---|
                %s

                Figures 1-5 of this run ran %s. Whole stack after the benchmark: **%d MiB** (%s).

                ![memory over the run](performance/memory.svg) · raw: [memory.csv](performance/raw/memory.csv)"""
                .formatted(String.join("\n", rows), cachedDuringRun ? "with every application's start-up cache in use"
                        : "with the applications recording their start-up caches (their first run on this build)", total, after);
        return new FigureResult("6", "Footprint", method, measurements, details);
    }

    /** One start of an application: to ready, its own "started in", and its memory once settled. */
    private record Start(double seconds, String quarkusStartedIn, long idleMib) {

        static Start of(LocalStack stack, String application, boolean withCache) throws IOException {
            stack.process(application).stop(); // not timed: a training run writes its cache on the way out
            long started = System.nanoTime();
            ChildProcess process = stack.restart(application, withCache);
            process.awaitReady(Duration.ofMinutes(2));
            double seconds = (System.nanoTime() - started) / 1e9;
            ChildProcess.sleep(SETTLE);
            return new Start(seconds, lastStartedIn(stack, application), process.residentMemoryMib());
        }

        private static String lastStartedIn(LocalStack stack, String application) throws IOException {
            Matcher started = Pattern.compile("started in ([0-9.]+)s").matcher(
                    Files.readString(stack.config().data().resolve("logs").resolve(application + ".log")));
            String last = "?";
            while (started.find()) {
                last = started.group(1) + " s";
            }
            return last;
        }
    }
}
