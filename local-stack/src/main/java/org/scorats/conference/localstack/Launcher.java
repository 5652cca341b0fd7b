package org.scorats.conference.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code ./local-stack}: starts the platform, says where everything is, and stops it all on Ctrl-C. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path repository = Path.of(System.getProperty("stack.repository", ".")).toAbsolutePath().normalize();
        StackConfig config;
        try {
            config = StackConfig.of(repository, args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.out.println("Starting PostgreSQL, Kafka, SMTP, Keycloak, the services and the gateway; data in "
                + repository.relativize(config.data()) + ", logs in " + repository.relativize(config.data().resolve("logs")));
        long started = System.nanoTime();
        LocalStack stack;
        try {
            stack = LocalStack.start(config);
        } catch (RuntimeException e) {
            System.err.println("The local stack did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping...");
            stack.close();
            System.out.println("Stopped.");
        }, "local-stack-stop"));
        Duration ready = Duration.ofNanos(System.nanoTime() - started);
        if (config.demoData()) {
            try {
                boolean loaded = new DemoData(new ApiClient(config.url(StackConfig.GATEWAY)),
                        new KeycloakTokens(config.url(StackConfig.KEYCLOAK))).load();
                System.out.println(loaded ? "Demo data of the 10th conference loaded (conference sco-rats-2024)."
                        : "Demo data already there (conference sco-rats-2024).");
            } catch (RuntimeException e) {
                System.err.println("Demo data could not be loaded (the platform runs on; the next start tries again): "
                        + e.getMessage());
            }
        }
        System.out.println(summary(stack, ready));
        Thread.currentThread().join(); // until Ctrl-C
    }

    private static String summary(LocalStack stack, Duration ready) {
        StackConfig c = stack.config();
        return """

                The platform is ready after %d s.
                  gateway (the API)  %s/api/v1
                  Swagger UI         %s/q/swagger-ui
                  Keycloak admin     %s/admin   (kcadmin / kcadmin)
                  mail viewer        %s   (JSON: /messages)
                Healthy after: %s
                Memory (RSS, MiB): %s
                Services and gateway on %s; %s
                Demo users (password = user name): organizer, admin, delegate, delegate-ru, delegate-zh, visitor (no role)
                Partner systems: cis-atc-sync (secret cis-atc-local-secret), csto-sync (secret csto-local-secret)
                Door device: door-device (secret door-device-local-secret); door staff: door / door
                Monitoring: prometheus (secret prometheus-local-secret), reads the gateway's /q/metrics
                A token:
                  curl -s -d grant_type=password -d client_id=conference-demo -d username=organizer -d password=organizer \\
                    %s/realms/conference/protocol/openid-connect/token
                Ctrl-C stops everything.""".formatted(ready.toSeconds(), c.url(StackConfig.GATEWAY), c.url(StackConfig.GATEWAY),
                c.url(StackConfig.KEYCLOAK), c.url(StackConfig.MAIL_VIEWER),
                join(stack.readyAfter(), d -> d.toMillis() / 100 / 10.0 + " s"), join(stack.memoryMib(), String::valueOf),
                c.runtime(), startupCaches(stack), c.url(StackConfig.KEYCLOAK));
    }

    private static String startupCaches(LocalStack stack) {
        if (!stack.config().startupCache()) {
            return "no start-up cache (--no-startup-cache)";
        }
        List<String> used = StackConfig.APPLICATIONS.stream().filter(stack::hasStartupCache).toList();
        List<String> training = StackConfig.APPLICATIONS.stream().filter(app -> !used.contains(app)).toList();
        List<String> said = new ArrayList<>();
        if (!used.isEmpty()) {
            said.add("start-up cache used by " + String.join(", ", used));
        }
        if (!training.isEmpty()) {
            said.add("start-up cache trained by this run of " + String.join(", ", training)
                    + " (written when the stack stops: Ctrl-C, then half a minute)");
        }
        return String.join("; ", said);
    }

    private static <V> String join(Map<String, V> values, java.util.function.Function<V, String> format) {
        return values.entrySet().stream().map(e -> e.getKey() + " " + format.apply(e.getValue())).collect(Collectors.joining(", "));
    }
}
