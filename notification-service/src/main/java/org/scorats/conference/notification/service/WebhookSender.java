package org.scorats.conference.notification.service;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.notification.config.WebhookConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

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
    private final Vertx vertx;
    private final HttpClient http;

    WebhookSender(WebhookUrlPolicy urls, WebhookConfig config, Vertx vertx) {
        this.urls = urls;
        this.config = config;
        this.vertx = vertx;
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.timeout().toMillis())
                .setMaxPoolSize(config.maxInFlight())
                .setVerifyHost(true)); // TLS: the certificate must name the URL's host, whatever address we connect to
    }

    /**
     * Never fails: whatever goes wrong, from an impossible URL to an endpoint that never answers,
     * is an outcome with its reason.
     *
     * @param secrets   the subscription's signing secrets, the current one first (two while one is rotated out)
     * @param messageId the Standard Webhooks {@code webhook-id}: the same on every retry of one delivery
     */
    public CompletableFuture<Outcome> send(String url, List<String> secrets, String messageId, String body) {
        long started = System.nanoTime();
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        try {
            // Checked again at every send, and the connection made to the address checked: the name
            // may resolve elsewhere now than when the subscription was made, or than a moment later.
            WebhookUrlPolicy.Target target = urls.target(url);
            long timestamp = Instant.now().getEpochSecond();
            RequestOptions options = new RequestOptions()
                    .setMethod(HttpMethod.POST)
                    .setSsl(target.uri().getScheme().equalsIgnoreCase("https"))
                    .setHost(target.uri().getHost())
                    .setPort(target.port())
                    .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                    .setURI(target.pathAndQuery())
                    .putHeader("Content-Type", CloudEventEnvelope.CONTENT_TYPE)
                    .putHeader(WebhookSignature.ID, messageId)
                    .putHeader(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
                    .putHeader(WebhookSignature.SIGNATURE, WebhookSignature.sign(secrets, messageId, timestamp, body));
            AtomicReference<HttpClientRequest> request = new AtomicReference<>();
            // The whole exchange, the answer's body included, within the timeout.
            long deadline = vertx.setTimer(config.timeout().toMillis(), expired -> {
                outcome.complete(new Outcome(null, "timed out: no complete answer within " + config.timeout().toMillis() + " ms",
                        since(started)));
                // The outcome is complete before the request is read, and the request is set before the
                // outcome is read (below): one side or the other cuts the attempt off.
                HttpClientRequest sent = request.get();
                if (sent != null) {
                    sent.reset();
                }
            });
            http.request(options)
                    .compose(sending -> {
                        request.set(sending);
                        if (outcome.isDone()) {
                            // The deadline passed while the connection was being made: this attempt is
                            // counted as timed out, so it must not reach the partner after all.
                            sending.reset();
                            return Future.failedFuture("the deadline passed before the request was sent");
                        }
                        return sending.send(Buffer.buffer(body, "UTF-8"));
                    })
                    // The answer's body is read to its end and dropped: with no handler set, Vert.x
                    // discards its chunks. None may be set here: an answer without a body has often
                    // ended by now, and Vert.x refuses a handler for an ended answer.
                    .compose(answer -> answer.end().map(done -> answer.statusCode()))
                    .onComplete(done -> {
                        vertx.cancelTimer(deadline);
                        outcome.complete(done.succeeded() ? new Outcome(done.result(), null, since(started))
                                : new Outcome(null, done.cause().toString(), since(started)));
                    });
        } catch (ProblemException refused) {
            outcome.complete(new Outcome(null, refused.getMessage(), since(started)));
        } catch (RuntimeException impossible) {
            outcome.complete(new Outcome(null, impossible.toString(), since(started)));
        }
        return outcome;
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
