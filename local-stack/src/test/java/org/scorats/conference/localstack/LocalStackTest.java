package org.scorats.conference.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorats.conference.devinfra.SmtpServer.ReceivedMail;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The launcher as a newcomer uses it, on free ports and a fresh data folder: everything healthy,
 * the demo conference loaded and visible through the gateway with real Keycloak tokens, mail at
 * the SMTP server; then stopped and started again on the same data, which is all still there.
 */
class LocalStackTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final String CONFERENCE = "/api/v1/conferences/sco-rats-2024";

    @TempDir
    Path data;

    @Test
    void startsLoadsTheDemoStopsCleanlyAndStartsAgainWithItsData() throws Exception {
        StackConfig config = StackConfig.onFreePorts(REPOSITORY, data, true);
        ApiClient api = new ApiClient(config.url(StackConfig.GATEWAY));
        KeycloakTokens tokens = new KeycloakTokens(config.url(StackConfig.KEYCLOAK));

        long coldStart = System.nanoTime();
        int participants;
        try (LocalStack stack = LocalStack.start(config)) {
            assertThat(new DemoData(api, tokens).load()).isTrue();
            report("cold", coldStart, stack);
            String organizer = tokens.demoUser("organizer");

            JsonNode list = api.get(CONFERENCE + "/participants?limit=200", organizer).expect(200).body().path("items");
            participants = list.size();
            Set<String> statuses = new HashSet<>();
            StringBuilder names = new StringBuilder();
            list.forEach(p -> {
                statuses.add(p.path("status").asText());
                names.append(p.path("familyName").asText());
            });
            assertThat(statuses).containsExactlyInAnyOrder("submitted", "approved", "checked-in", "waitlisted", "rejected", "withdrawn");
            assertThat(names.toString()).contains("Соколов", "李", "Karimova");
            JsonNode program = api.get(CONFERENCE + "/program?lang=zh", null).expect(200).body();
            assertThat(program.path("conferenceName").asText()).startsWith("上合组织地区反恐怖机构");
            assertThat(program.toString()).contains("全体会议");

            // The health endpoints the Kubernetes manifests probe answer on every application.
            for (String application : StackConfig.APPLICATIONS) {
                ApiClient direct = new ApiClient(config.url(application));
                KubernetesManifestsTest.PROBES.values().forEach(path -> direct.get(path, null).expect(200));
            }

            ReceivedMail approval = awaitMail(stack, "a.sokolov@cisatc.example");
            assertThat(approval.text()).contains("Алексей Соколов");

            assertThatThrownBy(() -> LocalStack.start(config)).hasMessageContaining("Another local stack is running");
            try (ServerSocket taken = new ServerSocket(0)) {
                StackConfig clash = StackConfig.of(REPOSITORY, new String[] {"--data=" + data.resolve("other"),
                        "--port.gateway=" + taken.getLocalPort()}, Map.of());
                assertThatThrownBy(() -> LocalStack.start(clash))
                        .hasMessageContaining("port " + taken.getLocalPort() + " (gateway) is in use")
                        .hasMessageContaining("--port.gateway=<port>");
            }
        }
        for (int port : config.ports().values()) {
            try (ServerSocket free = new ServerSocket(port)) {
                assertThat(free.isBound()).as("port %d is free again", port).isTrue();
            }
        }

        // Warm, and every service twice: the gateway spreads over both, which share the data.
        StackConfig twice = config;
        for (String service : StackConfig.SERVICES) {
            twice = twice.withInstances(service, 2);
        }
        long warmStart = System.nanoTime();
        try (LocalStack stack = LocalStack.start(twice)) {
            assertThat(new DemoData(api, tokens).load()).as("nothing to load again").isFalse();
            report("warm (every service twice)", warmStart, stack);
            assertThat(stack.readyAfter()).containsKeys("registration-service-2", "agenda-service-2", "notification-service-2");
            // The first stack's applications trained their start-up caches and wrote them as they stopped (or
            // found them fresh from an earlier run of this build): every instance now starts from one.
            for (String application : StackConfig.APPLICATIONS) {
                StartupCache cache = StartupCache.of(config, application);
                if (cache.isSupported()) {
                    assertThat(stack.hasStartupCache(application)).as(application).isTrue();
                    for (String instance : twice.instances(application)) {
                        assertThat(stack.process(instance).command()).as(instance)
                                .anySatisfy(option -> assertThat(option).endsWith("=" + cache.file()));
                    }
                }
            }
            JsonNode checks = api.get("/q/health/ready", null).expect(200).body().path("checks");
            for (String service : StackConfig.SERVICES) {
                assertThat(checks.findParents("name").stream().filter(check -> check.path("name").asText().equals(service)))
                        .singleElement().satisfies(check -> {
                            assertThat(check.path("data").path("instances").asInt()).as(service).isEqualTo(2);
                            assertThat(check.path("data").path("reachable").asInt()).as(service).isEqualTo(2);
                        });
            }
            for (int read = 0; read < 4; read++) {
                assertThat(api.get(CONFERENCE + "/participants?limit=200", tokens.demoUser("organizer"))
                        .expect(200).body().path("items").size()).isEqualTo(participants);
            }
        }
    }

    private static ReceivedMail awaitMail(LocalStack stack, String to) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            for (ReceivedMail mail : stack.smtp().received()) {
                if (mail.to().contains(to)) {
                    return mail;
                }
            }
            ChildProcess.sleep(Duration.ofSeconds(1));
        }
        throw new AssertionError("No mail to " + to + " within 120 s (the burst window is 30 s)");
    }

    private static void report(String start, long since, LocalStack stack) {
        System.out.printf("Local stack, %s start: ready with demo data after %d s; healthy after %s; memory (MiB) %s%n", start,
                Duration.ofNanos(System.nanoTime() - since).toSeconds(), stack.readyAfter(), stack.memoryMib());
    }
}
