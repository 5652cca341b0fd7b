package org.scorats.conference.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A partner's webhook endpoint that notes when each participant's delivery arrived (epoch ms). */
final class WebhookClock implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    WebhookClock() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/hooks", exchange -> {
            long now = System.currentTimeMillis();
            String participant = json.readTree(exchange.getRequestBody()).path("data").path("participant").path("id").asText();
            arrivals.putIfAbsent(participant, now);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    Map<String, Long> arrivals() {
        return arrivals;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow(); // its threads would keep the benchmark's JVM alive after the report
    }
}
