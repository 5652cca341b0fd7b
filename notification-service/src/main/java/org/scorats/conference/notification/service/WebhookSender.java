package org.scorats.conference.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.notification.config.WebhookConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * One signed POST to a partner's endpoint, and what came of it. Knows HTTP, not the queue. The
 * whole exchange, the answer's body included, must be over within {@code notification.webhooks.timeout}:
 * an endpoint that never answers or trickles its answer is cut off, and never holds a thread.
 */
@ApplicationScoped
public class WebhookSender {

    /**
     * @param statusCode the receiver's answer, or null when there was none
     * @param error      why there was no (complete) answer, or null
     */
    public record Outcome(Integer statusCode, String error, Duration took) {

        boolean delivered() {
            return statusCode != null && statusCode / 100 == 2 && error == null;
        }

        boolean gone() {
            return statusCode != null && statusCode == 410;
        }
    }

    private final WebhookUrlPolicy urls;
    private final WebhookConfig config;
    private final HttpClient http;

    WebhookSender(WebhookUrlPolicy urls, WebhookConfig config) {
        this.urls = urls;
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * Never fails: whatever goes wrong, from an impossible URL to an endpoint that never answers,
     * is an outcome with its reason.
     *
     * @param messageId the Standard Webhooks {@code webhook-id}: the same on every retry of one delivery
     */
    public CompletableFuture<Outcome> send(String url, String secret, String messageId, String body) {
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<Void>> exchange;
        try {
            URI target = urls.check(url); // again at every send: the name may resolve elsewhere than when it was checked
            long timestamp = Instant.now().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(config.timeout())
                    .header("Content-Type", CloudEventEnvelope.CONTENT_TYPE)
                    .header(WebhookSignature.ID, messageId)
                    .header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
                    .header(WebhookSignature.SIGNATURE, WebhookSignature.sign(secret, messageId, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            exchange = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        } catch (ProblemException refused) {
            return CompletableFuture.completedFuture(new Outcome(null, refused.getMessage(), since(started)));
        } catch (RuntimeException impossible) {
            return CompletableFuture.completedFuture(new Outcome(null, impossible.toString(), since(started)));
        }
        // The request timeout covers the wait for the answer's headers; this covers its body too.
        CompletableFuture.delayedExecutor(config.timeout().toMillis(), TimeUnit.MILLISECONDS).execute(() -> exchange.cancel(true));
        return exchange.handle((response, failure) -> {
            if (failure == null) {
                return new Outcome(response.statusCode(), null, since(started));
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            String error = cause instanceof CancellationException
                    ? "timed out: no complete answer within " + config.timeout().toMillis() + " ms" : cause.toString();
            return new Outcome(null, error, since(started));
        });
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
