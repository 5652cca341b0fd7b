package org.scorats.conference.localstack;

import org.slf4j.LoggerFactory;
import org.scorats.conference.devinfra.KafkaBroker;
import org.scorats.conference.devinfra.PostgresServer;
import org.scorats.conference.devinfra.SmtpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * The whole platform on one machine: PostgreSQL (a database per service), a Kafka broker, an SMTP
 * server with a mail viewer, Keycloak with the repository's realm, the three services and the
 * gateway, each service its own process on its own port, configured through the same environment
 * variables docker-compose.yml sets. Data is kept under {@link StackConfig#data()}, so a second
 * start finds everything as it was left, and skips what the first one had to do once.
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration KEYCLOAK_READY = Duration.ofMinutes(4);
    private static final Duration SERVICE_READY = Duration.ofMinutes(3);
    /**
     * The applications' heap and collector: the heap starts small and grows to the load. G1 rather than the serial
     * collector because it gives the heap back: once no collection has run for 10 s it collects and shrinks the heap
     * to its live data plus 30 %; the serial collector kept an old generation grown by a burst until the ceiling
     * (services held 475 to 511 MiB after the benchmark with it, 337 to 348 with G1, and figure 3 doubled its
     * capacity; benchmarks/analysis.md, figure 6). Every 5 s the JVM hands the C heap's freed pages back, which glibc
     * keeps otherwise: after a load the C heap's arenas held about a hundred MiB of notification-service's RSS (pmap,
     * 2026-12-05).
     */
    public static final List<String> JVM_OPTIONS = List.of("-Xms32m", "-Xmx384m", "-XX:+UseG1GC",
            "-XX:G1PeriodicGCInterval=10000", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
            "-XX:TrimNativeHeapInterval=5000");

    private final StackConfig config;
    // Parts start in parallel: both maps are written from several threads.
    private final Map<String, ChildProcess> processes = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Duration> readyAfter = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Set<String> withoutCache = ConcurrentHashMap.newKeySet();
    private FileLock lock;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private SmtpServer smtp;
    private MailViewer mailViewer;

    private LocalStack(StackConfig config) {
        this.config = config;
    }

    /** Starts every part and waits until each is healthy; on any failure stops what had started. */
    public static LocalStack start(StackConfig config) {
        // Logging set up here, before Kafka and PostgreSQL start logging from threads of their own:
        // otherwise SLF4J buffers their first calls and warns that it replays them.
        LoggerFactory.getILoggerFactory();
        LocalStack stack = new LocalStack(config);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public StackConfig config() {
        return config;
    }

    /** A service, the gateway or Keycloak, to stop and start again (resilience checks do). */
    public ChildProcess process(String name) {
        return processes.get(name);
    }

    public SmtpServer smtp() {
        return smtp;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    /** How long each part took from the command to healthy, in start order. */
    public Map<String, Duration> readyAfter() {
        synchronized (readyAfter) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(readyAfter));
        }
    }

    /** Resident memory per process in MiB; the launcher's own JVM holds Kafka, SMTP and the mail viewer. */
    public Map<String, Long> memoryMib() {
        Map<String, Long> memory = new LinkedHashMap<>();
        memory.put("launcher (Kafka, SMTP, mail viewer)", ResidentMemory.kib(ProcessHandle.current().pid()) / 1024);
        memory.put(StackConfig.POSTGRES, postgresMemoryMib());
        synchronized (processes) {
            processes.forEach((name, process) -> memory.put(name, process.residentMemoryMib()));
        }
        return memory;
    }

    /** CPU time used so far per process, named as in {@link #memoryMib}; PostgreSQL's counts its live backends. */
    public Map<String, Duration> cpuTime() {
        Map<String, Duration> cpu = new LinkedHashMap<>();
        cpu.put("launcher (Kafka, SMTP, mail viewer)", ChildProcess.cpuTime(Stream.of(ProcessHandle.current())));
        cpu.put(StackConfig.POSTGRES, ChildProcess.cpuTime(postgresTree()));
        synchronized (processes) {
            processes.forEach((name, process) -> cpu.put(name, process.cpuTime()));
        }
        return cpu;
    }

    private void startAll() {
        long started = System.nanoTime();
        lock();
        checkPortsFree();
        Path repository = config.repository();
        CompletableFuture<ChildProcess> keycloak = CompletableFuture.supplyAsync(() -> {
            Path home = KeycloakDistribution.install(config.data(), repository.resolve("deploy/keycloak/conference-realm.json"));
            ChildProcess process = KeycloakDistribution.process(home, config.port(StackConfig.KEYCLOAK),
                    config.url(StackConfig.GATEWAY), log(StackConfig.KEYCLOAK));
            processes.put(StackConfig.KEYCLOAK, process);
            process.start();
            process.awaitReady(KEYCLOAK_READY);
            readyAfter.put(StackConfig.KEYCLOAK, since(started));
            return process;
        });
        CompletableFuture<Void> databases = CompletableFuture.runAsync(() -> {
            postgres = PostgresServer.embedded(config.data().resolve("postgres"), config.port(StackConfig.POSTGRES));
            ServiceEnvironment.DATABASES.values().forEach(postgres::createDatabase);
            readyAfter.put(StackConfig.POSTGRES, since(started));
        });
        CompletableFuture<Void> broker = CompletableFuture.runAsync(() -> {
            kafka = KafkaBroker.start(config.data().resolve("kafka"), config.port(StackConfig.KAFKA),
                    config.port(StackConfig.KAFKA_CONTROLLER));
            readyAfter.put(StackConfig.KAFKA, since(started));
        });
        smtp = SmtpServer.start(config.port(StackConfig.SMTP));
        mailViewer = MailViewer.start(smtp, config.port(StackConfig.MAIL_VIEWER));
        join(CompletableFuture.allOf(databases, broker));

        // Services verify tokens against Keycloak's keys, so they start once it answers.
        join(keycloak);
        ServiceEnvironment environment = new ServiceEnvironment(config, postgres.jdbcUrl(""), postgres.username(),
                kafka.bootstrapServers(), sealingKey("registration-sensitive-data.key"), sealingKey("notification-sealing.key"));
        List<CompletableFuture<Void>> services = new ArrayList<>();
        for (String service : ServiceEnvironment.DATABASES.keySet().stream().sorted().toList()) {
            for (String instance : config.instances(service)) {
                ChildProcess process = quarkusApp(service, instance, environment.forService(service, instance));
                services.add(CompletableFuture.runAsync(() -> awaitReady(process, started)));
            }
        }
        join(CompletableFuture.allOf(services.toArray(CompletableFuture[]::new)));
        awaitReady(quarkusApp(StackConfig.GATEWAY, StackConfig.GATEWAY, environment.forGateway()), started);
    }

    /**
     * @param name the part it runs as: the module's name, or {@code <module>-k} for its k-th instance;
     *             the first instance is the one that trains the module's start-up cache
     */
    private ChildProcess quarkusApp(String module, String name, Map<String, String> environment) {
        StartupCache cache = StartupCache.of(config, module);
        Path jar = cache.app().resolve("quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -B package -DskipTests)");
        }
        boolean trains = name.equals(module);
        ChildProcess process = new ChildProcess(name, () -> {
            List<String> command = new ArrayList<>(List.of(config.runtime().java()));
            command.addAll(JVM_OPTIONS);
            if (config.startupCache() && !withoutCache.contains(name)) {
                command.addAll(cache.options(trains));
            }
            command.addAll(List.of("-jar", jar.toString()));
            return command;
        }, environment, log(name), URI.create(config.url(name) + "/q/health/ready"));
        processes.put(name, process);
        process.start();
        return process;
    }

    /**
     * Stops a service or the gateway and starts it again, with its start-up cache or without one
     * (the benchmark compares the two); its training run, if it was one, writes the cache on the way.
     */
    public ChildProcess restart(String name, boolean withStartupCache) {
        ChildProcess process = processes.get(name);
        process.stop();
        if (withStartupCache) {
            withoutCache.remove(name);
        } else {
            withoutCache.add(name);
        }
        process.start();
        return process;
    }

    /** Whether a module's start-up cache is in use: there, fresh, and not turned off. */
    public boolean hasStartupCache(String module) {
        return config.startupCache() && StartupCache.of(config, module).isFresh();
    }

    private void awaitReady(ChildProcess process, long started) {
        process.awaitReady(SERVICE_READY);
        readyAfter.put(process.name(), since(started));
    }

    /**
     * A key sealing data at rest (registration's passport numbers, notification's webhook secrets):
     * made once and kept with the data it protects, because a new key on the next start would make
     * it unreadable.
     */
    private String sealingKey(String fileName) {
        Path file = config.data().resolve(fileName);
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One stack per data folder: a second one would start a second PostgreSQL on the same files. */
    private void lock() {
        try {
            Files.createDirectories(config.data());
            FileChannel channel = FileChannel.open(config.data().resolve("stack.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another local stack is running with " + config.data()
                        + "; stop it first (Ctrl-C in its terminal)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Null when the folder is taken, whether by another process or by a stack in this same JVM. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            return null;
        }
    }

    private void checkPortsFree() {
        List<String> taken = new ArrayList<>();
        config.ports().forEach((part, port) -> {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress("127.0.0.1", port));
            } catch (IOException inUse) {
                taken.add("port " + port + " (" + part + ") is in use; choose another with --port." + part + "=<port> or "
                        + StackConfig.environmentName(part) + "=<port>");
            }
        });
        if (!taken.isEmpty()) {
            throw new IllegalStateException("Cannot start: " + String.join("; ", taken));
        }
    }

    private Path log(String name) {
        return config.data().resolve("logs").resolve(name + ".log");
    }

    private long postgresMemoryMib() {
        List<ProcessHandle> tree = postgresTree().toList();
        return tree.isEmpty() ? -1 : tree.stream().mapToLong(p -> Math.max(0, ResidentMemory.kib(p.pid()))).sum() / 1024;
    }

    /** The postmaster (its pid is the first line of postmaster.pid) and its backends; none if it is not running. */
    private Stream<ProcessHandle> postgresTree() {
        try {
            long pid = Long.parseLong(Files.readAllLines(config.data().resolve("postgres/postmaster.pid")).get(0).trim());
            return ProcessHandle.of(pid).stream().flatMap(p -> Stream.concat(Stream.of(p), p.descendants()));
        } catch (IOException | RuntimeException e) {
            return Stream.empty();
        }
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Stops everything it started, the gateway first and the data stores last. */
    @Override
    public synchronized void close() {
        List<ChildProcess> reversed;
        synchronized (processes) {
            reversed = new ArrayList<>(processes.values());
        }
        Collections.reverse(reversed);
        // The gateway first, so no request reaches a stopping service; then the services together, since
        // a training run takes half a minute or more to write its start-up cache on the way out.
        reversed.stream().filter(p -> p.name().equals(StackConfig.GATEWAY)).forEach(this::quietly);
        List<Thread> stopping = reversed.stream()
                .filter(p -> !p.name().equals(StackConfig.KEYCLOAK) && !p.name().equals(StackConfig.GATEWAY))
                .map(p -> new Thread(() -> quietly(p), "stop-" + p.name())).toList();
        stopping.forEach(Thread::start);
        stopping.forEach(LocalStack::joinQuietly);
        if (processes.containsKey(StackConfig.KEYCLOAK)) {
            quietly(processes.get(StackConfig.KEYCLOAK));
        }
        processes.clear();
        quietly(mailViewer);
        quietly(smtp);
        quietly(kafka);
        quietly(postgres);
        kafka = null;
        postgres = null;
        if (lock != null) {
            try {
                lock.release();
                lock.channel().close();
            } catch (IOException ignored) {
                // the lock goes with the process anyway
            }
            lock = null;
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void quietly(ChildProcess process) {
        try {
            process.stop();
        } catch (RuntimeException e) {
            System.err.println("Stopping " + process.name() + ": " + e);
        }
    }

    private static void quietly(AutoCloseable part) {
        if (part == null) {
            return;
        }
        try {
            part.close();
        } catch (Exception e) {
            System.err.println("Stopping " + part.getClass().getSimpleName() + ": " + e);
        }
    }
}
