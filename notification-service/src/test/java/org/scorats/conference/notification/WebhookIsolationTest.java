package org.scorats.conference.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;
import org.scorats.conference.devinfra.testing.WebhookReceiver;
import org.scorats.conference.events.agenda.AgendaEvents;
import org.scorats.conference.notification.service.WebhookQueue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * One partner's endpoint never answering, another trickling its answer, a third failing with 500
 * and a fourth gone (410), side by side with a healthy one: the healthy partner gets every event
 * while the others are still being waited for, a slow endpoint holds no more than its own slots,
 * the failing one is paused by the circuit breaker, and nothing that goes wrong stops the queue.
 */
@QuarkusTest
class WebhookIsolationTest {

    private static final String PUBLISHED = AgendaEvents.PROGRAM_PUBLISHED.type();
    private static final int RELEASES = 8;

    @Inject
    NotificationFixtures fixtures;

    @Inject
    EntityManager entityManager;

    @Inject
    WebhookQueue queue;

    @Test
    void aSlowOrFailingEndpointDelaysNoOtherPartner() {
        Integer[] alwaysFailing = Collections.nCopies(50, 500).toArray(Integer[]::new);
        try (WebhookReceiver healthy = new WebhookReceiver(WebhookReceiver.newSecret());
             WebhookReceiver holding = new WebhookReceiver(WebhookReceiver.newSecret(), WebhookReceiver.HOLD);
             WebhookReceiver trickling = new WebhookReceiver(WebhookReceiver.newSecret(), WebhookReceiver.TRICKLE);
             WebhookReceiver failing = new WebhookReceiver(WebhookReceiver.newSecret(), alwaysFailing);
             WebhookReceiver gone = new WebhookReceiver(WebhookReceiver.newSecret(), 410)) {
            String healthyPartner = TestTokens.partner("ISO-OK");
            String healthySubscription = subscribe(healthyPartner, healthy);
            String holdingSubscription = subscribe(TestTokens.partner("ISO-HOLD"), holding);
            String tricklingPartner = TestTokens.partner("ISO-SLOW");
            String tricklingSubscription = subscribe(tricklingPartner, trickling);
            String failingPartner = TestTokens.partner("ISO-500");
            String failingSubscription = subscribe(failingPartner, failing);
            String gonePartner = TestTokens.partner("ISO-410");
            String goneSubscription = subscribe(gonePartner, gone);

            String conference = fixtures.conference();
            for (int release = 1; release <= RELEASES; release++) {
                fixtures.release(conference, release, List.of(), List.of());
            }

            // Every release reaches the healthy partner while the holding endpoint has answered nothing yet.
            await().atMost(Duration.ofSeconds(60)).until(() -> delivered(healthySubscription) == RELEASES);
            assertThat(holding.received()).as("held, unanswered").isNotEmpty();
            assertThat(sending(holdingSubscription)).as("the slow endpoint holds only its own slots").isLessThanOrEqualTo(4);
            assertThat(healthy.received()).hasSize(RELEASES).allMatch(WebhookReceiver.Received::signatureValid);

            // The trickling answer is cut off at the deadline and counted as a failure, with the reason.
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(tricklingPartner)
                    .get("/api/v1/webhook-subscriptions/{id}/deliveries", tricklingSubscription).then().statusCode(200)
                    .body("items.history.flatten().error", org.hamcrest.Matchers.hasItem(containsString("timed out"))));

            // The failing endpoint is paused after failing five times in a row.
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(failingPartner)
                    .get("/api/v1/webhook-subscriptions/{id}", failingSubscription).then().statusCode(200)
                    .body("consecutiveFailures", org.hamcrest.Matchers.greaterThanOrEqualTo(5))
                    .body("pausedUntil", org.hamcrest.Matchers.notNullValue()));
            assertThat(failing.received().size()).as("paused, not hammered").isLessThan(RELEASES + 4);

            // 410 switches only that subscription off.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(gonePartner)
                    .get("/api/v1/webhook-subscriptions/{id}", goneSubscription).then().statusCode(200)
                    .body("active", equalTo(false)));

            holding.release();
            await().atMost(Duration.ofSeconds(90)).until(() -> delivered(holdingSubscription) == RELEASES);
        }
    }

    /**
     * Three more senders claim from the queue next to the application's own, as other instances
     * would: each request a partner gets is an attempt its delivery recorded, none a double. (A claim once
     * judged a delivery due from the snapshot its statement began with, and could take it again
     * right after another sender had committed it as on its way.)
     */
    @Test
    void concurrentSendersNeverTakeTheSameDelivery() throws Exception {
        int partners = 20;
        try (WebhookReceiver receiver = new WebhookReceiver(WebhookReceiver.newSecret())) {
            List<String> subscriptions = new ArrayList<>();
            for (int i = 0; i < partners; i++) {
                subscriptions.add(subscribe(TestTokens.partner("RACE-" + i), receiver));
            }
            AtomicBoolean done = new AtomicBoolean();
            ExecutorService senders = Executors.newFixedThreadPool(3);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                running.add(senders.submit(() -> {
                    while (!done.get()) {
                        QuarkusTransaction.requiringNew().run(() -> queue.work(queue.claim(20)));
                    }
                }));
            }
            try {
                String conference = fixtures.conference();
                for (int release = 1; release <= RELEASES; release++) {
                    fixtures.release(conference, release, List.of(), List.of());
                }
                await().atMost(Duration.ofSeconds(90)).until(() -> subscriptions.stream().mapToLong(this::delivered).sum()
                        == (long) partners * RELEASES);
            } finally {
                done.set(true);
                senders.shutdown();
            }
            for (Future<?> sender : running) {
                sender.get(); // a sender that failed fails the test
            }
            // A second sender's request has no attempt of its own: only one of the two outcomes can be
            // recorded. A retry after a timeout on a slow machine has, and is no failure here.
            Map<String, Long> requests = receiver.received().stream()
                    .collect(Collectors.groupingBy(WebhookReceiver.Received::id, Collectors.counting()));
            List<Object[]> attempts = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                            SELECT CAST(d.id AS text), count(a.id) FROM webhook_delivery d
                            LEFT JOIN webhook_attempt a ON a.delivery_id = d.id
                            WHERE d.subscription_id IN (:ids) GROUP BY d.id""", Object[].class)
                    .setParameter("ids", subscriptions.stream().map(UUID::fromString).toList()).getResultList());
            assertThat(attempts).hasSize(partners * RELEASES);
            attempts.forEach(delivery -> assertThat(requests.getOrDefault((String) delivery[0], 0L))
                    .as("requests for delivery %s against its recorded attempts", delivery[0])
                    .isBetween(1L, ((Number) delivery[1]).longValue()));
        }
    }

    @Test
    void secretsThatCannotSignAndUrlsThatCannotBeCalledAreRefusedWhenSubscribing() {
        String partner = TestTokens.partner("ISO-BAD");
        JsonPath badSecret = given().auth().oauth2(partner).contentType("application/json")
                .body(Map.of("url", "https://partner.example/hooks", "eventTypes", List.of(PUBLISHED),
                        "secret", "whsec_" + "A".repeat(33)))
                .post("/api/v1/webhook-subscriptions").then().statusCode(400).contentType("application/problem+json")
                .extract().jsonPath();
        assertThat(badSecret.getList("errors.field")).containsExactly("secret");
        JsonPath badPort = given().auth().oauth2(partner).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:99999/hooks", "eventTypes", List.of(PUBLISHED)))
                .post("/api/v1/webhook-subscriptions").then().statusCode(400).extract().jsonPath();
        assertThat(badPort.getList("errors.field")).containsExactly("url");
        assertThat(badPort.getString("errors[0].message")).contains("99999");
        given().auth().oauth2(partner).contentType("application/json")
                .body(Map.of("url", "http://bad_host.example/hooks", "eventTypes", List.of(PUBLISHED)))
                .post("/api/v1/webhook-subscriptions").then().statusCode(400).body("errors[0].field", equalTo("url"));
    }

    private static String subscribe(String partner, WebhookReceiver receiver) {
        return given().auth().oauth2(partner).contentType("application/json")
                .body(Map.of("url", receiver.url(), "eventTypes", List.of(PUBLISHED), "secret", receiver.secret()))
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract().path("id");
    }

    private long delivered(String subscription) {
        return count(subscription, "sent");
    }

    private long sending(String subscription) {
        return count(subscription, "sending");
    }

    private long count(String subscription, String status) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) entityManager.createNativeQuery(
                        "SELECT count(*) FROM webhook_delivery WHERE subscription_id = :id AND status = :status", Long.class)
                .setParameter("id", UUID.fromString(subscription)).setParameter("status", status).getSingleResult());
    }
}
