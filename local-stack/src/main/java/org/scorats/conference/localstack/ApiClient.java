package org.scorats.conference.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** JSON over HTTP to the platform's gateway, as a frontend or partner system calls it. */
public final class ApiClient {

    /** An answer: its status, headers, body as text and as JSON (missing when empty or not JSON). */
    public record Answer(int status, JsonNode body, HttpHeaders headers, String text) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public Answer expect(int... statuses) {
            for (int expected : statuses) {
                if (status == expected) {
                    return this;
                }
            }
            throw new IllegalStateException("Expected HTTP " + java.util.Arrays.toString(statuses) + " but got " + status + ": " + body);
        }
    }

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Answer get(String path, String token) {
        return send("GET", path, token, null);
    }

    public Answer post(String path, String token, Object body) {
        return send("POST", path, token, body);
    }

    public Answer put(String path, String token, Object body) {
        return send("PUT", path, token, body);
    }

    public Answer delete(String path, String token) {
        return send("DELETE", path, token, null);
    }

    public Answer send(String method, String path, String token, Object body) {
        return send(method, path, token, body, Map.of());
    }

    /**
     * Sends {@code body} as JSON (a String or byte[] is sent as it is, to send what is not JSON; say
     * its Content-Type in {@code headers}), with extra request headers; once more after the gateway's {@code Retry-After} when it answers 429.
     */
    public Answer send(String method, String path, String token, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body instanceof byte[] file ? file
                            : body instanceof String raw ? raw.getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::setHeader);
            for (int attempt = 1; ; attempt++) {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 429 && attempt < 5) {
                    long wait = response.headers().firstValueAsLong("Retry-After").orElse(1);
                    ChildProcess.sleep(Duration.ofSeconds(Math.max(1, wait)));
                    continue;
                }
                return new Answer(response.statusCode(), parse(response.body()), response.headers(), response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** A file's answer: the bytes as they came, not text. */
    public record File(int status, HttpHeaders headers, byte[] bytes) {
    }

    public File download(String path, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new File(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? MissingNode.getInstance() : json.readTree(body);
        } catch (IOException notJson) {
            return MissingNode.getInstance();
        }
    }
}
