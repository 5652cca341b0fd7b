package org.scorats.conference.devinfra.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A partner's webhook endpoint, as a partner would write one from the Standard Webhooks
 * specification (not from the platform's code): it verifies each delivery's signature with the
 * subscription's secret, refuses stale timestamps, keeps what arrived, and answers what the test
 * scripted: a status code, or {@link #TIMEOUT} to keep the sender waiting past its deadline.
 * Used by notification-service's tests and the end-to-end tests alike.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** A scripted answer: hold the request 3 s, longer than the tests' sender waits, then answer 200. */
    public static final int TIMEOUT = -1;
    /** A scripted answer, and every one after it: never answer, until {@link #release()} or close. */
    public static final int HOLD = -2;
    /** A scripted answer, and every one after it: 200 at once, then a body that trickles a byte at a time, never ending. */
    public static final int TRICKLE = -3;

    /** One request as it arrived, and whether its signature verified. */
    public record Received(String id, long timestamp, String body, boolean signatureValid) {
    }

    private final String secret;
    private final byte[] key;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Deque<Integer> script = new ArrayDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicInteger inProgress = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    /**
     * @param secret  the subscription's {@code whsec_} secret (see {@link #newSecret()})
     * @param answers the status codes to answer in turn; 200 once they are spent
     */
    public WebhookReceiver(String secret, Integer... answers) {
        this.secret = secret;
        this.key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        this.script.addAll(List.of(answers));
        try {
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks", this::handle);
        server.setExecutor(threads); // a held request must not hold up the next
        server.start();
    }

    /** A secret in the Standard Webhooks form, as a partner would choose one. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return "whsec_" + Base64.getEncoder().encodeToString(bytes);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    public String secret() {
        return secret;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The most requests this endpoint held at one time. */
    public int mostAtOnce() {
        return mostAtOnce.get();
    }

    /** Lets every held request, and every later one, be answered 200. */
    public void release() {
        released.countDown();
    }

    private void handle(HttpExchange exchange) throws IOException {
        mostAtOnce.accumulateAndGet(inProgress.incrementAndGet(), Math::max);
        try {
            answer(exchange);
        } finally {
            inProgress.decrementAndGet();
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestampHeader = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
        long timestamp = timestampHeader == null ? 0 : Long.parseLong(timestampHeader);
        boolean fresh = Duration.between(Instant.ofEpochSecond(timestamp), Instant.now()).abs().toMinutes() < 5;
        boolean valid = id != null && signatures != null && fresh && verifies(signatures, id + "." + timestamp + "." + body);
        received.add(new Received(id, timestamp, body, valid));
        int answer;
        synchronized (script) {
            Integer next = script.peek();
            answer = next == null ? 200 : next == HOLD || next == TRICKLE ? next : script.poll();
        }
        if (answer == HOLD) {
            await(released);
            answer = 200;
        } else if (answer == TRICKLE) {
            trickle(exchange);
            return;
        } else if (answer == TIMEOUT) {
            sleep(Duration.ofSeconds(3));
            answer = 200;
        }
        exchange.sendResponseHeaders(valid ? answer : 401, -1);
        exchange.close();
    }

    /** The header may carry several space-separated signatures (during secret rotation); one must match. */
    private boolean verifies(String header, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] expected = mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
            for (String signature : header.split(" ")) {
                if (signature.startsWith("v1,")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Headers at once, then a byte now and then, until the sender gives up or the receiver closes. */
    private void trickle(HttpExchange exchange) {
        try (var out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(200, 0);
            while (released.getCount() > 0) {
                out.write(' ');
                out.flush();
                sleep(Duration.ofMillis(200));
            }
        } catch (IOException senderGaveUp) {
            // what a trickling endpoint gets in the end
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
