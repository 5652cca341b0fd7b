package org.scorats.conference.notification.service;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scorats.conference.devinfra.testing.WebhookReceiver;
import org.scorats.conference.notification.config.WebhookConfig;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP side of a delivery, against a real endpoint. */
class WebhookSenderTest {

    private static final int SENDS = 3000;

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void closeVertx() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /**
     * An answer without a body (204, or 200 with no content) is often complete before the sender
     * looks at it. The sender once attached a body handler to it then, which Vert.x refuses for an
     * answer that has ended: the delivery the partner had taken was counted as failed, retried 30 s
     * later as a duplicate, and a run of them paused the partner's subscription (77 of about
     * 30,000 in benchmark figure 3's main run; 3 of 2,000 sends here).
     */
    @Test
    void everyAnswerIsReadWhetherOrNotItHasEndedAlready() throws Exception {
        String secret = WebhookReceiver.newSecret();
        try (WebhookReceiver receiver = new WebhookReceiver(secret)) {
            WebhookSender sender = new WebhookSender(new WebhookUrlPolicy(true, true), config(), vertx);
            List<CompletableFuture<WebhookSender.Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < SENDS; i++) {
                outcomes.add(sender.send(receiver.url(), List.of(secret), "msg_" + i, "{\"n\":" + i + "}"));
                if (outcomes.size() % 50 == 0) { // in waves, as the queue sends them
                    CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
                }
            }
            CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            assertThat(outcomes).extracting(CompletableFuture::join)
                    .filteredOn(outcome -> !outcome.delivered())
                    .as("deliveries counted as failed").isEmpty();
            assertThat(receiver.received()).hasSize(SENDS);
        }
    }

    /**
     * While a secret is rotated out, a delivery carries both signatures, so a receiver verifies it
     * with whichever secret it holds, the old one or the new one, as the Standard Webhooks
     * specification's verifiers (here the test receiver written from it) do.
     */
    @Test
    void aDeliverySignedWithTwoSecretsVerifiesWithEither() throws Exception {
        String old = WebhookReceiver.newSecret();
        String next = WebhookReceiver.newSecret();
        WebhookSender sender = new WebhookSender(new WebhookUrlPolicy(true, true), config(), vertx);
        for (String held : List.of(old, next)) {
            try (WebhookReceiver receiver = new WebhookReceiver(held)) {
                assertThat(sender.send(receiver.url(), List.of(next, old), "msg_r", "{}").get(30, TimeUnit.SECONDS).delivered())
                        .isTrue();
                assertThat(receiver.received()).singleElement().extracting(WebhookReceiver.Received::signatureValid).isEqualTo(true);
            }
        }
        try (WebhookReceiver stranger = new WebhookReceiver(WebhookReceiver.newSecret())) {
            sender.send(stranger.url(), List.of(next, old), "msg_s", "{}").get(30, TimeUnit.SECONDS);
            assertThat(stranger.received()).singleElement().extracting(WebhookReceiver.Received::signatureValid)
                    .as("neither is a secret it holds").isEqualTo(false);
        }
    }

    /** An answer with a body is read to its end (and dropped) before the delivery counts. */
    @Test
    void anAnswerWithABodyIsReadToItsEnd() throws Exception {
        HttpServer endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = "ok ".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        endpoint.createContext("/hooks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        endpoint.start();
        try {
            String url = "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/hooks";
            WebhookSender sender = new WebhookSender(new WebhookUrlPolicy(true, true), config(), vertx);
            for (int i = 0; i < 20; i++) { // on the same connection, which the whole body must have been read off
                WebhookSender.Outcome outcome = sender.send(url, List.of(WebhookReceiver.newSecret()), "msg_" + i, "{}").get(30, TimeUnit.SECONDS);
                assertThat(outcome.delivered()).as(outcome.toString()).isTrue();
            }
        } finally {
            endpoint.stop(0);
        }
    }

    private static WebhookConfig config() {
        return new WebhookConfig() {
            public boolean allowPrivateAddresses() { return true; }
            public boolean allowPlainHttp() { return true; }
            public Duration pollInterval() { return Duration.ofSeconds(1); }
            public Duration timeout() { return Duration.ofSeconds(10); }
            public Duration retryAfter() { return Duration.ofSeconds(1); }
            public int maxAttempts() { return 4; }
            public int maxInFlightPerSubscription() { return 4; }
            public int maxInFlight() { return 64; }
            public int breakerThreshold() { return 5; }
            public Duration breakerPause() { return Duration.ofSeconds(30); }
            public Duration secretOverlap() { return Duration.ofHours(24); }
        };
    }
}
