package org.scorats.conference.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one Gatling simulation in a JVM of its own (the load generator must not share a heap or
 * threads with the platform's in-process parts) and reads its figures from the summary it prints
 * (Gatling keeps millisecond resolution; the report's HTML has the same figures and the charts).
 *
 * @param report     the HTML report's folder (kept: raw results and latency-over-time charts)
 * @param throughput requests per second over the run, successful and failed
 */
record GatlingRun(String label, Path report, long requests, long failed, double throughput, double p50, double p95,
                  double p99, double mean) {

    static GatlingRun run(Class<?> simulation, String label, Path resultsRoot, Map<String, String> properties) {
        try {
            Files.createDirectories(resultsRoot);
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-cp", System.getProperty("java.class.path")));
            properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.addAll(List.of("io.gatling.app.Gatling", "-s", simulation.getName(), "-rf", resultsRoot.toString(),
                    "-rd", label));
            Path log = resultsRoot.resolve(label.replaceAll("[^A-Za-z0-9]+", "-") + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
            int exit = process.waitFor();
            String output = Files.readString(log);
            Matcher report = REPORT.matcher(output);
            if (!report.find()) {
                throw new IllegalStateException("Gatling wrote no report for " + label + " (exit " + exit + "); see " + log);
            }
            return new GatlingRun(label, Path.of(URI.create(report.group(1))).getParent(), (long) stat(output, "request count", 1),
                    (long) stat(output, "request count", 3), stat(output, "mean throughput \\(rps\\)", 1),
                    stat(output, "response time 50th percentile \\(ms\\)", 1), stat(output, "response time 95th percentile \\(ms\\)", 1),
                    stat(output, "response time 99th percentile \\(ms\\)", 1), stat(output, "mean response time \\(ms\\)", 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final Pattern REPORT = Pattern.compile("please open the following file: (file:\\S+)");

    /** A figure of Gatling's "Global Information" summary: column 1 total, 2 OK, 3 KO ("-" is 0). */
    private static double stat(String output, String name, int column) {
        Matcher line = Pattern.compile("> " + name + "\\s*\\|([^|]*)\\|([^|]*)\\|(.*)").matcher(output);
        if (!line.find()) {
            throw new IllegalStateException("No '" + name + "' in Gatling's summary");
        }
        String value = line.group(column).trim().replace(",", ""); // Gatling groups thousands
        return value.equals("-") ? 0 : Double.parseDouble(value);
    }
}
