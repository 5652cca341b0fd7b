package org.scorats.conference.localstack;

import org.scorats.conference.devinfra.FreePorts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the local stack keeps its data and which ports it uses. Every port can be changed with
 * {@code --port.<part>=<n>} or the environment variable {@code STACK_PORT_<PART>}. A service runs
 * at N instances with {@code --instances.<service>=N}: instance k after the first is the part
 * {@code <service>-k}, on the service's port plus 10 (k - 1) unless given its own. The services and
 * the gateway run on the launcher's JDK unless {@code --java-home=<dir>} or {@code STACK_JAVA_HOME}
 * names another, with a start-up cache ({@link StartupCache}) unless {@code --no-startup-cache}.
 *
 * @param repository the repository's root (the services' builds and the realm file are read from it)
 * @param data       kept between runs; git ignores it
 * @param demoData   whether to load the 10th conference's demo data into an empty platform
 * @param settings   extra environment variables per service or gateway, over the stack's own (benchmarks set some)
 * @param runtime    the JDK the services and the gateway run on
 * @param startupCache whether they train and use a start-up cache
 */
public record StackConfig(Path repository, Path data, Map<String, Integer> ports, boolean demoData,
                          Map<String, Map<String, String>> settings, JavaRuntime runtime, boolean startupCache) {

    public static final String GATEWAY = "gateway";
    public static final String REGISTRATION = "registration-service";
    public static final String AGENDA = "agenda-service";
    public static final String NOTIFICATION = "notification-service";
    public static final String KEYCLOAK = "keycloak";
    public static final String POSTGRES = "postgres";
    public static final String KAFKA = "kafka";
    public static final String KAFKA_CONTROLLER = "kafka-controller";
    public static final String SMTP = "smtp";
    public static final String MAIL_VIEWER = "mail-viewer";

    private static final Map<String, Integer> DEFAULT_PORTS = defaults();
    /** The three services; each may run more than once, while the gateway is the one door, run once. */
    public static final List<String> SERVICES = List.of(REGISTRATION, AGENDA, NOTIFICATION);
    /** The four Quarkus applications. */
    public static final List<String> APPLICATIONS = List.of(REGISTRATION, AGENDA, NOTIFICATION, GATEWAY);
    /** Instance 10 of registration-service would take Keycloak's port. */
    static final int MAX_INSTANCES = 9;

    public StackConfig {
        ports = Map.copyOf(ports);
        settings = Map.copyOf(settings);
    }

    public static StackConfig of(Path repository, String[] args, Map<String, String> environment) {
        Map<String, Integer> ports = new LinkedHashMap<>(DEFAULT_PORTS);
        Path data = repository.resolve(".data/local-stack");
        boolean demo = true;
        JavaRuntime runtime = JavaRuntime.of(environment);
        boolean startupCache = true;
        for (String part : DEFAULT_PORTS.keySet()) {
            String fromEnvironment = environment.get(environmentName(part));
            if (fromEnvironment != null) {
                ports.put(part, port(environmentName(part), fromEnvironment));
            }
        }
        for (String arg : args) {
            if (arg.startsWith("--instances.") && arg.contains("=")) {
                String service = arg.substring("--instances.".length(), arg.indexOf('='));
                int count = instances(arg, service, arg.substring(arg.indexOf('=') + 1));
                for (int k = 2; k <= count; k++) {
                    ports.put(instance(service, k), DEFAULT_PORTS.get(service) + 10 * (k - 1));
                }
            }
        }
        for (String arg : args) {
            if (arg.startsWith("--instances.") && arg.contains("=")) {
                continue;
            }
            if (arg.startsWith("--port.") && arg.contains("=")) {
                String part = arg.substring("--port.".length(), arg.indexOf('='));
                if (!ports.containsKey(part)) {
                    throw new IllegalArgumentException("No part called '" + part + "'; the parts are " + ports.keySet());
                }
                ports.put(part, port(arg, arg.substring(arg.indexOf('=') + 1)));
            } else if (arg.startsWith("--data=")) {
                data = Path.of(arg.substring("--data=".length())).toAbsolutePath();
            } else if (arg.equals("--no-demo-data")) {
                demo = false;
            } else if (arg.startsWith("--java-home=")) {
                runtime = JavaRuntime.of(Path.of(arg.substring("--java-home=".length())));
            } else if (arg.equals("--no-startup-cache")) {
                startupCache = false;
            } else {
                throw new IllegalArgumentException("Unknown option " + arg
                        + "; options: --port.<part>=<port> (parts: " + DEFAULT_PORTS.keySet() + "), --instances.<service>=<n> "
                        + "(services: " + SERVICES + "), --data=<dir>, --no-demo-data, --java-home=<dir>, --no-startup-cache");
            }
        }
        return new StackConfig(repository, data, ports, demo, Map.of(), runtime, startupCache);
    }

    /**
     * Every part on a free port and the data in {@code data}: for tests and benchmarks, beside anything
     * else running; on the JDK {@code STACK_JAVA_HOME} names, if it names one.
     */
    public static StackConfig onFreePorts(Path repository, Path data, boolean demoData) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        DEFAULT_PORTS.keySet().forEach(part -> ports.put(part, FreePorts.next()));
        return new StackConfig(repository, data, ports, demoData, Map.of(), JavaRuntime.of(System.getenv()), true);
    }

    /** The same stack with {@code service} at {@code count} instances, the new ones on free ports: for tests. */
    public StackConfig withInstances(String service, int count) {
        instances("instances of " + service, service, Integer.toString(count));
        Map<String, Integer> more = new LinkedHashMap<>(ports);
        more.keySet().removeIf(part -> part.startsWith(service + "-"));
        for (int k = 2; k <= count; k++) {
            more.put(instance(service, k), FreePorts.next());
        }
        return new StackConfig(repository, data, more, demoData, settings, runtime, startupCache);
    }

    /** The parts a service runs as: itself, then {@code <service>-2} and so on. */
    public List<String> instances(String service) {
        List<String> parts = new ArrayList<>(List.of(service));
        for (int k = 2; ports.containsKey(instance(service, k)); k++) {
            parts.add(instance(service, k));
        }
        return parts;
    }

    /** The same stack with {@code environment} added to what {@code process} is started with. */
    public StackConfig withSettings(String process, Map<String, String> environment) {
        Map<String, Map<String, String>> more = new LinkedHashMap<>(settings);
        more.put(process, Map.copyOf(environment));
        return new StackConfig(repository, data, ports, demoData, more, runtime, startupCache);
    }

    public int port(String part) {
        return ports.get(part);
    }

    public String url(String part) {
        return "http://127.0.0.1:" + port(part);
    }

    static String environmentName(String part) {
        return "STACK_PORT_" + part.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String instance(String service, int k) {
        return service + "-" + k;
    }

    private static int instances(String source, String service, String value) {
        if (!SERVICES.contains(service)) {
            throw new IllegalArgumentException(source + ": only " + SERVICES + " run as several instances");
        }
        try {
            int count = Integer.parseInt(value.trim());
            if (count >= 1 && count <= MAX_INSTANCES) {
                return count;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(source + ": '" + value + "' is not a number of instances (1-" + MAX_INSTANCES + ")");
    }

    private static int port(String source, String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(source + ": '" + value + "' is not a port number (1-65535)");
    }

    private static Map<String, Integer> defaults() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(GATEWAY, 8080);
        ports.put(REGISTRATION, 8081);
        ports.put(AGENDA, 8082);
        ports.put(NOTIFICATION, 8083);
        ports.put(KEYCLOAK, 8180);
        ports.put(POSTGRES, 5432);
        ports.put(KAFKA, 9092);
        ports.put(KAFKA_CONTROLLER, 9093);
        ports.put(SMTP, 2525);
        ports.put(MAIL_VIEWER, 8025);
        return ports;
    }
}
