package org.scorats.conference.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Real HTTP backends for the gateway's tests: small servers that answer with what they received
 * (method, URI, headers, body size) and their own name. registration-service has three instances,
 * one of which is down; notification-service has only a dead one.
 *
 * <ul>
 *   <li>{@code .../slow}: answers after 3 s (the test gateway waits 1 s)</li>
 *   <li>{@code .../created}: 201 with an absolute Location of the backend's own</li>
 *   <li>{@code .../dies}: registration-a closes the connection without answering, as a killed instance
 *   does; the others answer</li>
 *   <li>{@code .../program...}: as agenda-service answers the published program: an ETag, Cache-Control
 *   {@code max-age} (60 s, or {@code ?maxAge=}), 304 to a matching If-None-Match; each one counted in
 *   {@link #PROGRAM_READS}, the last If-None-Match kept in {@link #LAST_IF_NONE_MATCH}</li>
 * </ul>
 */
public class EchoBackends implements QuarkusTestResourceLifecycleManager {

    static final String PROGRAM_ETAG = "\"r1-en\"";
    static final AtomicLong PROGRAM_READS = new AtomicLong();
    static final AtomicReference<String> LAST_IF_NONE_MATCH = new AtomicReference<>();

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int registrationA = echo("registration-a");
        int registrationB = echo("registration-b");
        int agenda = echo("agenda");
        int dead = freePort();
        int alsoDead = freePort();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.stork.registration-service.service-discovery.address-list",
                "127.0.0.1:" + registrationA + ",127.0.0.1:" + dead + ",127.0.0.1:" + registrationB);
        config.put("quarkus.stork.agenda-service.service-discovery.address-list", "127.0.0.1:" + agenda);
        config.put("quarkus.stork.notification-service.service-discovery.address-list", "127.0.0.1:" + alsoDead);
        config.put("gateway.response-timeout", "1s");
        config.put("gateway.connections-per-instance", "4");
        config.put("gateway.queued-per-instance", "4");
        config.put("gateway.rate-limits.clients.throttled-client.per-second", "0.2");
        config.put("gateway.rate-limits.clients.throttled-client.burst", "2");
        return config;
    }

    @Override
    public void stop() {
        vertx.close();
    }

    private int echo(String name) {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().equals("/q/health/live")) {
                request.response().end("{\"status\":\"UP\"}");
                return;
            }
            AtomicLong bytes = new AtomicLong();
            request.handler(chunk -> bytes.addAndGet(chunk.length()));
            request.endHandler(done -> {
                JsonObject headers = new JsonObject();
                request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
                String body = new JsonObject().put("backend", name).put("method", request.method().name())
                        .put("uri", request.uri()).put("headers", headers).put("bodyBytes", bytes.get()).encode();
                var response = request.response().putHeader("Content-Type", "application/json").putHeader("X-Backend", name);
                if (request.path().endsWith("/dies") && name.equals("registration-a")) {
                    request.connection().close();
                } else if (request.path().endsWith("/slow")) {
                    vertx.setTimer(3000, t -> response.end(body));
                } else if (request.path().endsWith("/created")) {
                    response.setStatusCode(201)
                            .putHeader("Location", "http://" + request.authority() + "/api/v1/participants/42")
                            .end(body);
                } else if (request.path().contains("/program")) {
                    PROGRAM_READS.incrementAndGet();
                    LAST_IF_NONE_MATCH.set(request.getHeader("If-None-Match"));
                    String maxAge = request.getParam("maxAge") == null ? "60" : request.getParam("maxAge");
                    response.putHeader("ETag", PROGRAM_ETAG).putHeader("Vary", "Accept-Language")
                            .putHeader("Cache-Control", "max-age=" + maxAge + ", must-revalidate");
                    if (PROGRAM_ETAG.equals(request.getHeader("If-None-Match"))) {
                        response.setStatusCode(304).end();
                    } else {
                        response.end(body);
                    }
                } else {
                    response.end(body);
                }
            });
        });
        try {
            return server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("Echo backend did not start", e);
        }
    }

    /** A port nothing listens on: connections to it are refused. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
