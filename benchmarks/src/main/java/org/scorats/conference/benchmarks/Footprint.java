package org.scorats.conference.benchmarks;

import org.scorats.conference.localstack.ChildProcess;
import org.scorats.conference.localstack.StackConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 6. Each service's start to ready, alone, and its memory after the benchmark; a bare JVM as baseline. */
final class Footprint implements Figure {

    @Override
    public FigureResult measure(Bench bench) throws Exception {
        bench.awaitQuietMail(Duration.ofMinutes(5));
        Map<String, Long> after = bench.stack().memoryMib();
        long total = after.values().stream().filter(v -> v > 0).mapToLong(Long::longValue).sum();
        BareJvm baseline = BareJvm.measure();
        List<Measurement> measurements = new ArrayList<>();
        List<String> quarkus = new ArrayList<>();
        for (String service : List.of(StackConfig.REGISTRATION, StackConfig.AGENDA, StackConfig.NOTIFICATION, StackConfig.GATEWAY)) {
            ChildProcess process = bench.stack().process(service);
            process.stop();
            long started = System.nanoTime();
            process.start();
            process.awaitReady(Duration.ofMinutes(2));
            double ready = (System.nanoTime() - started) / 1e9;
            quarkus.add(service + " " + quarkusStartedIn(bench, service));
            measurements.add(Measurement.of("6.ready." + service, service + " start to ready", "s", baseline.readySeconds(),
                    ready, "< 3 s", ready < 3));
            measurements.add(Measurement.of("6.rss." + service, service + " resident memory after the benchmark", "MiB",
                    baseline.rssMib(), after.get(service), "< 250 MB", after.get(service) < 250));
        }
        bench.memory().chart(bench.output().resolve("memory.svg"));

        String method = """
                Each service stopped and started again alone (the rest of the stack running, no load), from the
                process's start to its readiness check answering UP (`/q/health/ready`: database, Kafka, outbox).
                Resident memory (RSS) measured after the benchmark, before the restart. JVM options as the local
                stack runs them: `-Xmx384m -XX:+UseSerialGC`. Baseline: a bare JVM with the same options printing
                one line.""";
        String details = """
                Quarkus's own "started in" (from the JVM's start to the HTTP port open): %s. Whole stack after the
                benchmark: **%d MiB** (%s).

                ![memory over the run](performance/memory.svg) · raw: [memory.csv](performance/raw/memory.csv)"""
                .formatted(String.join(", ", quarkus), total, after);
        return new FigureResult("6", "Footprint", method, measurements, details);
    }

    private static String quarkusStartedIn(Bench bench, String service) throws IOException {
        Matcher started = Pattern.compile("started in ([0-9.]+)s").matcher(
                Files.readString(bench.config().data().resolve("logs").resolve(service + ".log")));
        String last = "?";
        while (started.find()) {
            last = started.group(1) + " s";
        }
        return last;
    }
}
