package org.scorats.conference.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.notification.config.WebhookConfig;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** One signed POST to a partner's endpoint, and what came of it. Knows HTTP, not the queue. */
@ApplicationScoped
public class WebhookSender {

    /**
     * @param statusCode the receiver's answer, or null when there was none
     * @param error      why there was no answer, or null
     */
    public record Outcome(Integer statusCode, String error, Duration took) {

        boolean delivered() {
            return statusCode != null && statusCode / 100 == 2;
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

    /** @param messageId the Standard Webhooks {@code webhook-id}: the same on every retry of one delivery */
    public Outcome send(String url, String secret, String messageId, String body) {
        long started = System.nanoTime();
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
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(response.statusCode(), null, since(started));
        } catch (ProblemException refused) {
            return new Outcome(null, refused.getMessage(), since(started));
        } catch (IOException e) {
            return new Outcome(null, e.toString(), since(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted", since(started));
        }
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
