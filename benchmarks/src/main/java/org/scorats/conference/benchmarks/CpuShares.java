package org.scorats.conference.benchmarks;

import org.scorats.conference.localstack.LocalStack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the machine's CPU went while a load ran: each process of the stack, and the machine as a
 * whole (from {@code /proc/stat}), per item of the load. On two shared cores a service's rate is
 * bounded by what the others use next to it; this shows by how much.
 */
final class CpuShares {

    /** Linux reports {@code /proc/stat} in ticks of 1/100 s (USER_HZ) on every architecture we run on. */
    private static final double MILLIS_PER_TICK = 10;

    private final LocalStack stack;
    private final Map<String, Duration> before;
    private final long machineBefore;
    private final long started = System.nanoTime();

    private CpuShares(LocalStack stack) {
        this.stack = stack;
        this.before = stack.cpuTime();
        this.machineBefore = machineBusyTicks();
    }

    static CpuShares start(LocalStack stack) {
        return new CpuShares(stack);
    }

    /** A table of CPU milliseconds per item since the start: the machine, then each process, largest first. */
    String perItem(long items) {
        double wallMillis = (System.nanoTime() - started) / 1e6;
        double machineMillis = (machineBusyTicks() - machineBefore) * MILLIS_PER_TICK;
        Map<String, Double> used = new LinkedHashMap<>();
        stack.cpuTime().forEach((process, after) ->
                used.put(process, after.minus(before.getOrDefault(process, Duration.ZERO)).toNanos() / 1e6));
        StringBuilder table = new StringBuilder("| process | ms of CPU per item | share of the machine's |\n| --- | --- | --- |\n");
        table.append("| the whole machine (%d cores, %.1f s) | %.2f | %.0f %% busy |\n".formatted(
                Runtime.getRuntime().availableProcessors(), wallMillis / 1000, machineMillis / items,
                100 * machineMillis / (wallMillis * Runtime.getRuntime().availableProcessors())));
        used.put("anything else (a load generator of its own, the system)",
                Math.max(0, machineMillis - used.values().stream().mapToDouble(Double::doubleValue).sum()));
        used.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .filter(e -> e.getValue() > 0)
                .forEach(e -> table.append("| %s | %.2f | %.0f %% |\n".formatted(e.getKey(), e.getValue() / items,
                        machineMillis == 0 ? 0 : 100 * e.getValue() / machineMillis)));
        return table.toString();
    }

    /** Ticks the machine spent on anything but idle and waiting for I/O since boot. */
    private static long machineBusyTicks() {
        try {
            long[] ticks = Arrays.stream(Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+"))
                    .skip(1).mapToLong(Long::parseLong).toArray();
            long idle = ticks[3] + ticks[4];
            return Arrays.stream(ticks).limit(8).sum() - idle; // user nice system idle iowait irq softirq steal
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
