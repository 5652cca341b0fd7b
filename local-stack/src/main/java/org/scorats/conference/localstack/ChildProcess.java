package org.scorats.conference.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A part of the stack that runs as its own process (a service, the gateway, Keycloak): started
 * with its configuration in environment variables, its output in a log file, ready when a URL
 * answers 200, stopped gently and then firmly.
 */
public final class ChildProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    /** Asked at every start: a service's JVM options change once its start-up cache is written. */
    private final Supplier<List<String>> command;
    private final Map<String, String> environment;
    private final Path log;
    private final URI readiness;
    private Process process;
    private List<String> started = List.of();

    public ChildProcess(String name, List<String> command, Map<String, String> environment, Path log, URI readiness) {
        this(name, () -> command, environment, log, readiness);
    }

    public ChildProcess(String name, Supplier<List<String>> command, Map<String, String> environment, Path log, URI readiness) {
        this.name = name;
        this.command = command;
        this.environment = Map.copyOf(environment);
        this.log = log;
        this.readiness = readiness;
    }

    public String name() {
        return name;
    }

    /** The command it was last started with. */
    public synchronized List<String> command() {
        return started;
    }

    public synchronized void start() {
        try {
            Files.createDirectories(log.getParent());
            started = List.copyOf(command.get());
            ProcessBuilder builder = new ProcessBuilder(started).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + ": " + started, e);
        }
    }

    private String logTail(int lines) {
        try (Stream<String> all = Files.lines(log)) {
            List<String> read = all.toList();
            return String.join("\n", read.subList(Math.max(0, read.size() - lines), read.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /** Waits until the readiness URL answers 200; fails early, naming the log, if the process dies. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!isAlive()) {
                // The log may not outlive a test's temporary directory: its end goes into the message.
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log
                        + ", which ends:\n" + logTail(40));
            }
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            // Often, since a refused connection costs nothing: figure 6 times start to ready by this
            // loop, which overstates by up to one interval (at 500 ms the starts read 2.55 or 3.06 s).
            sleep(Duration.ofMillis(50));
        }
        throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s; see " + log);
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /**
     * SIGTERM to the process and its children (Quarkus and Keycloak shut down cleanly on it), then
     * SIGKILL after two minutes: a service's training run writes its start-up cache on the way out,
     * which takes half a minute or more on a busy machine.
     */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        tree.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                tree.forEach(ProcessHandle::destroyForcibly);
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tree.forEach(ProcessHandle::destroyForcibly);
        }
        process = null;
    }

    /** SIGKILL, as a crash or an out-of-memory kill would end it: no shutdown hooks, nothing flushed. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        Stream.concat(Stream.of(process.toHandle()), process.descendants()).forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Resident memory of the process and its children, in MiB (Linux), or -1 when unknown. */
    public synchronized long residentMemoryMib() {
        if (process == null) {
            return -1;
        }
        long kib = Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .mapToLong(h -> ResidentMemory.kib(h.pid())).filter(v -> v > 0).sum();
        return kib == 0 ? -1 : kib / 1024;
    }

    /** CPU time the process and its children have used, zero when it is not running. */
    public synchronized Duration cpuTime() {
        if (process == null) {
            return Duration.ZERO;
        }
        return cpuTime(Stream.concat(Stream.of(process.toHandle()), process.descendants()));
    }

    /** CPU time the processes have used, each as far as the system tells. */
    static Duration cpuTime(Stream<ProcessHandle> processes) {
        return processes.map(h -> h.info().totalCpuDuration().orElse(Duration.ZERO)).reduce(Duration.ZERO, Duration::plus);
    }

    public long pid() {
        return process.pid();
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
