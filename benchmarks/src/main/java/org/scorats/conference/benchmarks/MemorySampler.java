package org.scorats.conference.benchmarks;

import org.scorats.conference.localstack.LocalStack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Each process's resident memory every 5 s through the run, for the footprint's chart. */
final class MemorySampler implements AutoCloseable {

    private final LocalStack stack;
    private final long started = System.nanoTime();
    private final Map<String, List<SvgChart.Point>> series = new LinkedHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    MemorySampler(LocalStack stack) {
        this.stack = stack;
        timer.scheduleAtFixedRate(this::sample, 0, 5, TimeUnit.SECONDS);
    }

    private synchronized void sample() {
        double second = (System.nanoTime() - started) / 1e9;
        stack.memoryMib().forEach((process, mib) -> {
            if (mib > 0) {
                series.computeIfAbsent(process, p -> new ArrayList<>()).add(new SvgChart.Point(second, mib));
            }
        });
    }

    synchronized void chart(Path file) {
        SvgChart chart = new SvgChart("Resident memory per process through the benchmark", "seconds into the run", "MiB");
        series.forEach(chart::series);
        chart.write(file);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
