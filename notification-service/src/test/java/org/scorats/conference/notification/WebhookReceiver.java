package org.scorats.conference.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A partner's endpoint, as a partner would write it: it verifies each delivery's Standard Webhooks
 * signature with its own code (not ours), refuses stale timestamps, and answers what the test
 * scripted: a status code, or {@link #TIMEOUT} to keep the sender waiting past its deadline.
 */
final class WebhookReceiver implements AutoCloseable {

    static final int TIMEOUT = -1;

    /** One request as it arrived, and whether its signature verified. */
    record Received(String id, long timestamp, String body, boolean signatureValid) {
    }

    private final HttpServer server;
    private final byte[] key;
    private final Deque<Integer> script = new ArrayDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    /** @param secret the subscription's {@code whsec_} secret; answers 200 once the script is spent */
    WebhookReceiver(String secret, Integer... answers) throws IOException {
        this.key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        this.script.addAll(List.of(answers));
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        long timestamp = Long.parseLong(exchange.getRequestHeaders().getFirst("webhook-timestamp"));
        boolean fresh = Duration.between(Instant.ofEpochSecond(timestamp), Instant.now()).abs().toMinutes() < 5;
        boolean valid = fresh && verifies(exchange.getRequestHeaders().getFirst("webhook-signature"), id, timestamp, body);
        received.add(new Received(id, timestamp, body, valid));
        int answer;
        synchronized (script) {
            answer = script.isEmpty() ? 200 : script.poll();
        }
        if (answer == TIMEOUT) {
            sleep(Duration.ofSeconds(3));
            answer = 200;
        }
        exchange.sendResponseHeaders(valid ? answer : 401, -1);
        exchange.close();
    }

    /** The header may carry several space-separated signatures (during secret rotation); one must match. */
    private boolean verifies(String header, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String signature : header.split(" ")) {
                if (signature.startsWith("v1,")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
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
        server.stop(0);
    }
}
