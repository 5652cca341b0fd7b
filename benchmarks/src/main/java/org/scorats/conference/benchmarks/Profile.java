package org.scorats.conference.benchmarks;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A Java Flight Recorder profile of one process while it is under load: started and dumped with
 * {@code jcmd}, summarized as the methods the CPU samples were in (top frame) and the code they
 * were called for (the first frame of our own code or of a known library layer).
 */
final class Profile implements AutoCloseable {

    private final long pid;
    private final Path file;
    private volatile Instant from = Instant.MIN;

    private Profile(long pid, Path file) {
        this.pid = pid;
        this.file = file;
    }

    /**
     * Counts only samples from now on: a recording started before a load's preparation (registering
     * the people it approves) summarizes the load alone, without the start of the recording itself.
     */
    void countFromNow() {
        from = Instant.now();
    }

    static Profile start(long pid, Path file) throws IOException, InterruptedException {
        jcmd(pid, "JFR.start", "name=bench", "settings=profile", "filename=" + file);
        return new Profile(pid, file);
    }

    /** Stops the recording and writes the summary; returns its first lines for the report. */
    String summarize(Path summary, int top) throws IOException, InterruptedException {
        jcmd(pid, "JFR.stop", "name=bench");
        Map<String, Integer> selfTime = new HashMap<>();
        Map<String, Integer> layers = new HashMap<>();
        Map<String, Integer> platform = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                    || event.getStartTime().isBefore(from)) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            selfTime.merge(name(frames.get(0)), 1, Integer::sum);
            layers.merge(layer(frames), 1, Integer::sum);
            platform.merge(platformFrame(frames), 1, Integer::sum);
        }
        int total = Math.max(1, samples);
        String text = "CPU samples: " + samples + "\n\nBy layer (first recognizable frame from the top):\n" + table(layers, total, top)
                + "\nBy method (top frame):\n" + table(selfTime, total, top)
                + "\nBy the platform's own method the sample was working for (nearest frame of ours):\n" + table(platform, total, top);
        Files.writeString(summary, text);
        return table(layers, total, 8);
    }

    private static String layer(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (String[] layer : LAYERS) {
                if (type.startsWith(layer[0])) {
                    return layer[1];
                }
            }
        }
        return "other (JVM, JDK)";
    }

    /** Where in the platform's code the time went, whatever library did the work below it. */
    private static String platformFrame(List<RecordedFrame> frames) {
        return frames.stream().filter(frame -> frame.getMethod().getType().getName().startsWith("org.scorats.conference"))
                .findFirst().map(Profile::name).orElse("(none: framework or JVM work)");
    }

    private static final String[][] LAYERS = {
            {"org.scorats.conference", "platform code"},
            {"io.smallrye.jwt", "token verification"}, {"io.quarkus.oidc", "token verification"},
            {"io.quarkus.security", "security checks"}, {"io.quarkus.vertx.http.runtime.security", "security checks"},
            {"com.fasterxml.jackson", "JSON"}, {"io.vertx.core.http", "HTTP (Vert.x)"}, {"io.netty.handler.codec.http", "HTTP (Netty codec)"},
            {"io.netty.channel.epoll", "socket I/O"}, {"io.netty.channel.nio", "socket I/O"}, {"sun.nio.ch", "socket I/O"},
            {"io.netty", "Netty"}, {"io.vertx", "Vert.x"}, {"io.smallrye.stork", "service discovery"},
            {"org.hibernate", "Hibernate"}, {"org.postgresql", "PostgreSQL driver"}, {"io.agroal", "connection pool"},
            {"org.jboss.resteasy", "REST layer"}, {"io.quarkus.resteasy", "REST layer"}, {"io.micrometer", "metrics"},
            {"io.quarkus", "Quarkus"}};

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String table(Map<String, Integer> counts, int total, int top) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .map(e -> String.format("  %5.1f %%  %s", 100.0 * e.getValue() / total, e.getKey()))
                .collect(Collectors.joining("\n")) + "\n";
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + ": " + output);
        }
    }

    @Override
    public void close() {
        // the recording stops with summarize(); nothing else is held
    }
}
