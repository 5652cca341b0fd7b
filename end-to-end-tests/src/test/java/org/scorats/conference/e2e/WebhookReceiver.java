package org.scorats.conference.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A partner's webhook endpoint, as a partner would write one from the Standard Webhooks
 * specification (not from the platform's code): it checks each delivery's signature with the
 * secret it chose, and keeps what arrived.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received: the signature's verdict, the delivery id and the CloudEvent. */
    record Delivery(String id, boolean signatureValid, JsonNode event) {
    }

    private final byte[] key = new byte[32];
    private final HttpServer server;
    private final List<Delivery> deliveries = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    WebhookReceiver() {
        new SecureRandom().nextBytes(key);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/webhooks", this::receive);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
    }

    String secret() {
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    synchronized List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
        boolean valid = id != null && timestamp != null && signatures != null
                && List.of(signatures.split(" ")).stream().anyMatch(s -> matches(s, id + "." + timestamp + "." + body));
        synchronized (this) {
            deliveries.add(new Delivery(id, valid, json.readTree(body)));
        }
        exchange.sendResponseHeaders(valid ? 204 : 401, -1);
        exchange.close();
    }

    /** {@code v1,<base64 HMAC-SHA256>}, compared in constant time. */
    private boolean matches(String signature, String signed) {
        if (!signature.startsWith("v1,")) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] expected = mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
