package org.scorats.conference.benchmarks;

import org.scorats.conference.localstack.ApiClient;
import org.scorats.conference.localstack.DemoData;
import org.scorats.conference.localstack.JavaRuntime;
import org.scorats.conference.localstack.KeycloakTokens;
import org.scorats.conference.localstack.LocalStack;
import org.scorats.conference.localstack.StackConfig;
import org.scorats.conference.localstack.StartupCache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code ./benchmarks.sh}: starts the real stack (the local stack's launcher, fresh data, free
 * ports, the demo conference), measures each figure with its baseline, and writes
 * docs/performance.md with charts and raw results in docs/performance/.
 */
public final class BenchmarkRun {

    private BenchmarkRun() {
    }

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(System.getProperty("stack.repository", ".")).toAbsolutePath().normalize();
        Path scratch = repository.resolve("benchmarks/target");
        // Naming figures (class names) runs only those, to work on one: the published report stays as it is.
        boolean partial = args.length > 0;
        Path output = partial ? scratch.resolve("performance") : repository.resolve("docs/performance");
        deleteRecursively(output);
        Files.createDirectories(output.resolve("raw"));
        Path data = scratch.resolve("stack");
        deleteRecursively(data);
        deleteRecursively(scratch.resolve("gatling"));
        // Every client of a benchmark is this one machine: the gateway's per-address and per-user limits would
        // measure themselves. The mail burst window would put every email 30 s late on purpose (see figure 3).
        StackConfig config = StackConfig.onFreePorts(repository, data, true)
                .withSettings(StackConfig.GATEWAY, Map.of(
                        "GATEWAY_RATE_LIMITS_ANONYMOUS_PER_SECOND", "1000000", "GATEWAY_RATE_LIMITS_ANONYMOUS_BURST", "1000000",
                        "GATEWAY_RATE_LIMITS_AUTHENTICATED_PER_SECOND", "1000000", "GATEWAY_RATE_LIMITS_AUTHENTICATED_BURST", "1000000",
                        "GATEWAY_RATE_LIMITS_CLIENTS_CIS_ATC_SYNC_PER_SECOND", "1000000",
                        "GATEWAY_RATE_LIMITS_CLIENTS_CIS_ATC_SYNC_BURST", "1000000"))
                .withSettings(StackConfig.NOTIFICATION, Map.of("NOTIFICATION_MAIL_BURST_WINDOW", "0"));
        for (String service : ScaledOut.SCALED) {
            config = config.withInstances(service, 2);
        }
        long started = System.nanoTime();
        trainStartupCaches(config);
        Map<String, FigureResult> results = new LinkedHashMap<>();
        try (LocalStack stack = LocalStack.start(config); MemorySampler memory = new MemorySampler(stack)) {
            new DemoData(new ApiClient(config.url(StackConfig.GATEWAY)), new KeycloakTokens(config.url(StackConfig.KEYCLOAK))).load();
            Bench bench = Bench.of(stack, output, scratch, memory);
            ScaledOut.stopSecondInstances(bench);
            // Reads first, while nothing else runs; writes fill the mail queue that figure 3 waits out.
            for (Figure figure : List.of(new GatewayCost(), new PublicReads(), new WritePath(), new EventLatency(),
                    new PartnerSync(), new ScaledOut(), new Footprint(), new WarmThroughput())) {
                if (partial && !List.of(args).contains(figure.getClass().getSimpleName())) {
                    continue;
                }
                System.out.println(figure.getClass().getSimpleName());
                FigureResult result = figure.measure(bench);
                results.put(result.number(), result);
            }
        }
        List<FigureResult> inOrder = results.values().stream().sorted(Comparator.comparing(FigureResult::number)).toList();
        Report report = new Report(header(Duration.ofNanos(System.nanoTime() - started), config.runtime()), inOrder,
                Files.readString(repository.resolve("benchmarks/analysis.md")));
        if (partial) {
            report.write(scratch.resolve("performance.md"), output.resolve("figures.json"));
            System.out.println("Partial run written: benchmarks/target/performance.md, benchmarks/target/performance/");
        } else {
            report.write(repository.resolve("docs/performance.md"), output.resolve("figures.json"));
            System.out.println("Written: docs/performance.md, docs/performance/figures.json");
        }
    }

    /**
     * A new build has no start-up caches, and an application recording one runs slower: a first start
     * (the demo data loaded) records them and writes them as it stops, so every figure measures the
     * applications as they run once trained. Figure 6 then compares starts without and with them.
     */
    private static void trainStartupCaches(StackConfig config) {
        if (!config.startupCache() || StackConfig.APPLICATIONS.stream().map(a -> StartupCache.of(config, a))
                .allMatch(cache -> !cache.isSupported() || cache.isFresh())) {
            return;
        }
        System.out.println("Training the start-up caches (" + config.runtime() + ")");
        try (LocalStack training = LocalStack.start(config)) {
            new DemoData(new ApiClient(config.url(StackConfig.GATEWAY)), new KeycloakTokens(config.url(StackConfig.KEYCLOAK))).load();
        }
    }

    private static String header(Duration took, JavaRuntime applications) {
        Runtime runtime = Runtime.getRuntime();
        return """
                # Performance

                Measured by `./benchmarks.sh` on %s (the run took %d min). Every figure is measured next to its
                own baseline in the same run, on the same machine, because absolute numbers on shared machines
                drift; the ratios are what to compare between runs, and `performance/figures.json` has every
                figure for programs that do. Load comes from Gatling %s (its HTML reports, with response-time
                percentiles over time and the raw `simulation.log`, are left in `benchmarks/target/gatling/`, not
                in git) or, where Gatling has nothing to say (batches, memory), from the run itself. The data
                behind each chart is in `performance/raw/`.

                Machine: %d cores, %d GiB memory, %s, Java %s (%s) for the launcher and the load generator, the
                services and the gateway on %s. The whole stack runs here together: PostgreSQL, Kafka and the
                SMTP server (in the launcher's JVM), Keycloak, the three services and the gateway, and the load
                generator, each its own process.

                """.formatted(OffsetDateTime.now(ZoneOffset.UTC).withNano(0), took.toMinutes(),
                io.gatling.app.Gatling.class.getPackage().getImplementationVersion(), runtime.availableProcessors(),
                Math.round(totalMemoryGib()), System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), applications);
    }

    private static double totalMemoryGib() {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os.getTotalMemorySize() / (1024.0 * 1024 * 1024);
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
