package org.scorats.conference.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scorats.conference.devinfra.PostgresServer;
import org.scorats.conference.devinfra.testing.WebhookReceiver;
import org.scorats.conference.localstack.ApiClient;
import org.scorats.conference.localstack.ChildProcess;
import org.scorats.conference.localstack.StackConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults while hundreds of approvals are in flight, each scenario on its own conference: the
 * notification database unavailable for 20 s, the Kafka broker stopped for 20 s,
 * notification-service (both instances) killed with SIGKILL and started again, registration-service
 * (both) killed and started again while approvals are being sent, and one of the two instances of
 * every service killed at once under approvals and reads. Each ends with every approval mailed once
 * and delivered to the partner's webhook endpoint once, and nothing in the dead-letter stores.
 */
@Order(8)
@ExtendWith(Platform.Extension.class)
class FaultTest {

    private static final int PEOPLE = 200;
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final String APPROVED = "org.scorats.conference.registration.participant.approved";
    private static final String APPROVED_TEXT = "We look forward to welcoming you";
    private static final String RECEIVED_TEXT = "We have received your registration";
    private static final Duration ARRIVAL_WAIT = Duration.ofMinutes(4);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Platform platform;
    private final ApiClient api;

    FaultTest(Platform platform) {
        this.platform = platform;
        this.api = platform.api();
    }

    @Test
    void theNotificationDatabaseAwayFor20Seconds() {
        scenario("notification database away", () -> {
            PostgresServer postgres = platform.stack().postgres();
            try (Connection admin = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.username(),
                    postgres.password()); Statement sql = admin.createStatement()) {
                sql.execute("ALTER DATABASE notification ALLOW_CONNECTIONS false");
                sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'notification'");
                Platform.pause(OUTAGE);
                sql.execute("ALTER DATABASE notification ALLOW_CONNECTIONS true");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Also: every instance reports the broker gone (wellness) and stays ready, so an orchestrator
     * keeps them all in rotation while the outbox holds the events.
     */
    @Test
    void theBrokerStoppedFor20Seconds() {
        scenario("Kafka broker stopped", () -> {
            long stopped = System.nanoTime();
            platform.stack().kafka().pause();
            for (String service : StackConfig.SERVICES) {
                for (ChildProcess instance : platform.instances(service)) {
                    ApiClient direct = new ApiClient(platform.stack().config().url(instance.name()));
                    Platform.await(instance.name() + " reporting the broker unreachable", OUTAGE,
                            () -> reportsBrokerDown(direct) ? true : null);
                    assertThat(direct.get("/q/health/ready", null).status()).as("%s ready without its broker", instance.name())
                            .isEqualTo(200);
                }
            }
            Platform.pause(OUTAGE.minusNanos(Math.min(OUTAGE.toNanos(), System.nanoTime() - stopped)));
            platform.stack().kafka().resume();
        });
    }

    @Test
    void notificationServiceKilledAndStartedAgain() {
        scenario("notification-service killed (every instance)",
                () -> platform.restartAll(StackConfig.NOTIFICATION, true, () -> { }));
    }

    @Test
    void registrationServiceKilledWhileApprovalsAreSent() {
        scenario("registration-service killed (every instance)",
                () -> platform.restartAll(StackConfig.REGISTRATION, true, () -> { }));
    }

    /**
     * Scaled out: one of the two instances of each service killed at once and started again while
     * approvals are sent and an administrator reads from all three services through the gateway.
     * The reads never fail (the gateway asks the other instance); the approvals are retried by the
     * client only as documented; consumer groups rebalance onto the survivors and back, the outbox
     * relays move to whichever instance holds the lock, and every mail and webhook still arrives once.
     */
    @Test
    void oneInstanceOfEachServiceKilledUnderLoad() {
        List<ChildProcess> seconds = StackConfig.SERVICES.stream().map(service -> platform.instances(service).get(1)).toList();
        try (Reads reads = new Reads()) {
            scenario("one of two instances of each service killed", () -> {
                seconds.forEach(ChildProcess::kill);
                Platform.pause(Duration.ofSeconds(5)); // load meets the survivors alone
                seconds.forEach(ChildProcess::start);
                seconds.forEach(instance -> instance.awaitReady(Duration.ofMinutes(2)));
            });
            List<String> failed = reads.stop();
            Platform.report("faults", "reads through the gateway from all three services during it: %d, failed: %d",
                    reads.count(), failed.size());
            assertThat(failed).as("reads that failed").isEmpty();
            assertThat(reads.count()).isPositive();
        }
    }

    private static boolean reportsBrokerDown(ApiClient instance) {
        for (JsonNode check : instance.get("/q/health/well", null).body().path("checks")) {
            if (check.path("name").asText().equals("kafka")) {
                return check.path("status").asText().equals("DOWN");
            }
        }
        return false;
    }

    /** Reads from each service through the gateway, a few a second, on a thread of their own, until stopped. */
    private final class Reads implements AutoCloseable {

        private final List<String> paths = List.of("/api/v1/conferences/sco-rats-2024/participants?limit=5",
                "/api/v1/conferences/sco-rats-2024/speakers", "/api/v1/mail-deliveries?limit=5");
        private final List<String> failed = new CopyOnWriteArrayList<>();
        private final AtomicInteger count = new AtomicInteger();
        private volatile boolean stopped;
        private final CompletableFuture<Void> loop = CompletableFuture.runAsync(this::read);

        private void read() {
            String admin = platform.user("admin"); // not the organizer who approves: a rate limit bucket of its own
            while (!stopped) {
                for (String path : paths) {
                    int status;
                    try {
                        status = api.get(path, admin).status();
                    } catch (IllegalStateException broken) {
                        status = -1;
                    }
                    if (status == 401) {
                        admin = platform.user("admin"); // the token expired: not the platform's failure
                        continue;
                    }
                    count.incrementAndGet();
                    if (status != 200) {
                        failed.add(status + " " + path);
                    }
                }
                Platform.pause(Duration.ofMillis(300));
            }
        }

        int count() {
            return count.get();
        }

        List<String> stop() {
            stopped = true;
            loop.join();
            return List.copyOf(failed);
        }

        @Override
        public void close() {
            stop();
        }
    }

    /** Registers {@link #PEOPLE} people, approves them all while {@code fault} happens, and counts what arrived. */
    private void scenario(String name, Runnable fault) {
        String conference = platform.newConference(1000, "CIS-ATC");
        String partner = platform.partner("cis-atc-sync");
        try (WebhookReceiver receiver = new WebhookReceiver(WebhookReceiver.newSecret())) {
            String subscription = api.post("/api/v1/webhook-subscriptions", partner, Map.of("url", receiver.url(),
                    "eventTypes", List.of(APPROVED), "secret", receiver.secret())).expect(201).body().path("id").asText();
            Map<String, String> emails = register(conference, partner);

            AtomicInteger approved = new AtomicInteger();
            CompletableFuture<Integer> approvals = CompletableFuture.supplyAsync(() -> approveAll(emails.keySet(), approved));
            Platform.await("the first approvals", Duration.ofMinutes(2), () -> approved.get() >= PEOPLE / 5 ? true : null);
            long faultStarted = System.nanoTime();
            fault.run();
            long faultEnded = System.nanoTime();
            int retried = approvals.join();

            Map<String, Integer> hooks = Platform.await("every approval at the partner's endpoint", ARRIVAL_WAIT, () -> {
                Map<String, Integer> byParticipant = webhooksByParticipant(receiver);
                return byParticipant.keySet().containsAll(emails.keySet()) ? byParticipant : null;
            });
            // Both mails of each person, not only the approval's: a mail whose attempt met the fault is sent
            // again on its retry, which may come after every approval mail has arrived.
            Map<String, List<String>> mails = Platform.await("every registration and approval mailed", ARRIVAL_WAIT, () -> {
                Map<String, List<String>> byRecipient = platform.mailTextsByRecipient();
                return emails.values().stream().allMatch(email -> count(byRecipient, email, APPROVED_TEXT) >= 1
                        && count(byRecipient, email, RECEIVED_TEXT) >= 1) ? byRecipient : null;
            });
            for (Map.Entry<String, String> person : emails.entrySet()) {
                assertThat(hooks.get(person.getKey())).as("webhooks for %s", person.getKey()).isEqualTo(1);
                assertThat(count(mails, person.getValue(), APPROVED_TEXT)).as("approval mails to %s", person.getValue()).isEqualTo(1);
                assertThat(count(mails, person.getValue(), RECEIVED_TEXT)).as("registration mails to %s", person.getValue()).isEqualTo(1);
            }
            int duplicates = receiver.received().size() - new HashSet<>(receiver.received().stream()
                    .map(WebhookReceiver.Received::id).toList()).size();
            assertThat(waitingDeadLetters("registration") + waitingDeadLetters("agenda") + waitingDeadLetters("notification"))
                    .as("dead letters").isZero();
            Platform.report("faults", "%s for %d s while %d approvals were sent (%d requests retried by the client): "
                            + "%d people, %d approval mails (1 each), %d webhooks (1 each by webhook-id; %d redelivered copies), "
                            + "0 dead letters", name, Duration.ofNanos(faultEnded - faultStarted).toSeconds(), PEOPLE, retried,
                    emails.size(), emails.size(), hooks.size(), duplicates);
            // A fresh token: on a busy machine the scenario can outlast the first one (5 minutes).
            api.delete("/api/v1/webhook-subscriptions/" + subscription, platform.partner("cis-atc-sync")).expect(204);
        }
    }

    /** The partner pushes everyone in one batch; returns participant id to email. */
    private Map<String, String> register(String conference, String partner) {
        String tag = conference.substring(4);
        List<Map<String, Object>> items = IntStream.range(0, PEOPLE).mapToObj(i -> Map.<String, Object>of(
                "externalId", "F-" + i, "participant", Map.of("givenName", "Fault", "familyName", "Tolerant",
                        "givenNameLatin", "Fault", "familyNameLatin", "Tolerant", "email", "f" + i + "-" + tag + "@cisatc.example",
                        "language", "en", "role", "delegate", "attendance", "in-person", "privacyConsent", true))).toList();
        JsonNode answer = api.post("/api/v1/conferences/" + conference + "/organizations/CIS-ATC/participant-batches",
                partner, Map.of("items", items)).expect(200).body();
        Map<String, String> emails = new HashMap<>();
        answer.path("results").forEach(r -> emails.put(r.path("id").asText(),
                "f" + r.path("index").asInt() + "-" + tag + "@cisatc.example"));
        assertThat(emails).hasSize(PEOPLE);
        return emails;
    }

    /**
     * Approves each person as a client would through an outage: an answer the platform could not
     * give (no instance, a timeout, a broken connection) is asked again; 409 after such a retry
     * means the first request did get through.
     */
    private int approveAll(Set<String> ids, AtomicInteger approved) {
        String organizer = platform.user("organizer");
        int retried = 0;
        for (String id : ids) {
            while (true) {
                int status;
                try {
                    status = api.post("/api/v1/participants/" + id + "/transitions", organizer, Map.of("action", "approve")).status();
                } catch (IllegalStateException connectionBroken) {
                    status = -1;
                }
                if (status == 200 || status == 409) {
                    approved.incrementAndGet();
                    break;
                }
                if (status == 401) {
                    organizer = platform.user("organizer"); // the token expired during a long outage
                }
                retried++;
                Platform.pause(Duration.ofMillis(200));
            }
        }
        return retried;
    }

    /** Deliveries that reached the endpoint, counted once per webhook-id, by participant. */
    private static Map<String, Integer> webhooksByParticipant(WebhookReceiver receiver) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (WebhookReceiver.Received delivery : receiver.received()) {
            assertThat(delivery.signatureValid()).isTrue();
            ids.computeIfAbsent(participant(delivery), p -> new HashSet<>()).add(delivery.id());
        }
        Map<String, Integer> counts = new HashMap<>();
        ids.forEach((participant, deliveries) -> counts.put(participant, deliveries.size()));
        return counts;
    }

    private static String participant(WebhookReceiver.Received delivery) {
        try {
            return JSON.readTree(delivery.body()).path("data").path("participant").path("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many of the address's mails say {@code text}. */
    private static long count(Map<String, List<String>> mails, String email, String text) {
        return mails.getOrDefault(email, List.of()).stream().filter(body -> body.contains(text)).count();
    }

    private int waitingDeadLetters(String service) {
        return api.get("/api/v1/dead-letters/" + service + "?status=waiting", platform.user("organizer")).expect(200)
                .body().path("items").size();
    }
}
