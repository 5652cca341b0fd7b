package org.scorats.conference.conventions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input of every kind, sent to every operation of the service under test, as its own OpenAPI
 * document describes them (the document the gateway merges into the committed contract, kept equal
 * to it by the gateway's ContractTest). An operation added later is fuzzed without anyone writing
 * a line. Every answer must be a 4xx problem+json whose {@code status} matches the HTTP status and
 * that names no Java class; input that can never be right (control characters, broken JSON, wrong
 * types) must be a 400. All failures are collected and reported together.
 *
 * <p>Extend it in a {@code @QuarkusTest}; {@link #pathValues()} names existing resources so that the
 * checks reach past "not found".
 */
public abstract class InputFuzzContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Path segments and query values no parameter of this API accepts. */
    private static final List<String> NEVER_VALID = List.of("%00", "a%07b", "%E2%80%AEevil", "%C2%85", "%F0%9F%98");
    /**
     * Not a URI at all. Vert.x refuses it in its HTTP codec, before any route or handler of ours runs,
     * with a bare 400; Quarkus offers no hook into that refusal, so the status is checked, not the shape.
     */
    private static final String NOT_A_URI = "%ZZ";
    /** Values that are wrong for most parameters but may be right for some (a free-text filter). */
    private static final List<String> MOSTLY_WRONG = List.of("zz", "-1", "0", "99999999999999999999", "x".repeat(600),
            "2024-13-45T99:00:00Z", "%F0%9F%98%80", "eyJ4IjoxfQ", "..", "%2E%2E%2F%2E%2E");
    private static final List<String> NEVER_VALID_BODIES = List.of("{\"unclosed\": ", "[1, 2", "{\"a\":1}}", "[1]", "true",
            "\"" + "\\u0000" + "\"", "[".repeat(5_000) + "]".repeat(5_000), "{\"a\": 01}", "\u0000");

    /** Values for path parameters that name existing resources, e.g. {@code conferenceId}; others get a fresh UUID or {@code x}. */
    protected abstract Map<String, String> pathValues();

    /** A token that may call every operation of the service. */
    protected String token() {
        return TestTokens.admin();
    }

    private final List<String> failures = new ArrayList<>();

    @Test
    void parametersThatCannotBeRightAreRefusedByName() throws Exception {
        for (Operation operation : operations()) {
            for (String parameter : operation.pathParameters()) {
                for (String bad : concat(NEVER_VALID, NOT_A_URI)) {
                    check(operation, "path " + parameter + "=" + bad, raw(operation.method(), operation.path(parameter, bad)),
                            status -> status == 400);
                }
                for (String bad : MOSTLY_WRONG) {
                    check(operation, "path " + parameter + "=" + abbreviate(bad), raw(operation.method(), operation.path(parameter, bad)),
                            status -> status < 500);
                }
            }
            for (String parameter : operation.queryParameters()) {
                for (String bad : concat(NEVER_VALID, NOT_A_URI)) {
                    check(operation, "query " + parameter + "=" + bad, raw(operation.method(), operation.path() + "?" + parameter + "=" + bad),
                            status -> status == 400);
                }
                for (String bad : MOSTLY_WRONG) {
                    check(operation, "query " + parameter + "=" + abbreviate(bad),
                            raw(operation.method(), operation.path() + "?" + parameter + "=" + bad), status -> status < 500);
                }
            }
        }
        report();
    }

    @Test
    void anUnknownConferenceIsNotFound() throws Exception {
        for (Operation operation : operations()) {
            if (operation.pathParameters().contains("conferenceId")) {
                RequestSpecification request = request(operation);
                if (operation.body() != null) {
                    request.contentType("application/json").body("{}");
                }
                check(operation, "an unknown conference",
                        send(operation, request, operation.path("conferenceId", "no-such-conference") + operation.requiredQuery()),
                        status -> status == 404 || operation.body() != null && status == 400);
            } else if (operation.queryParameters().contains("conferenceId")) {
                check(operation, "an unknown conference", send(operation, request(operation),
                        operation.path() + "?conferenceId=no-such-conference"), status -> status == 404);
            }
        }
        report();
    }

    @Test
    void bodiesThatCannotBeRightAreRefusedByField() throws Exception {
        for (Operation operation : operations()) {
            if (operation.body() == null) {
                continue;
            }
            for (String bad : NEVER_VALID_BODIES) {
                check(operation, "body " + abbreviate(bad), json(operation, bad), status -> status == 400);
            }
            check(operation, "body of another media type",
                    send(operation, request(operation).contentType("text/plain").body("hello")), status -> status == 415);
            check(operation, "an unknown field", json(operation, "{\"noSuchField\": true}"), status -> status == 400);
            check(operation, "an empty object", json(operation, "{}"), status -> status < 300 || status >= 400);
            Iterator<Map.Entry<String, JsonNode>> properties = operation.body().path("properties").fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> property = properties.next();
                JsonNode schema = resolve(property.getValue());
                for (String wrong : wrongValues(schema)) {
                    check(operation, "field " + property.getKey() + "=" + abbreviate(wrong),
                            json(operation, "{\"" + property.getKey() + "\": " + wrong + "}"), status -> status == 400);
                }
            }
        }
        report();
    }

    @Test
    void headersThatCannotBeRightAreNotServerErrors() throws Exception {
        for (Operation operation : operations()) {
            Map<String, String> headers = Map.of("If-Match", "\"not-a-version", "If-None-Match", "W/\"zz\"",
                    "Idempotency-Key", "k".repeat(500), "Accept-Language", "xx-;q=abc,*;q=9", "Accept", "text/nothing",
                    "X-Forwarded-For", "not-an-address");
            for (Map.Entry<String, String> header : headers.entrySet()) {
                RequestSpecification request = request(operation).header(header.getKey(), header.getValue());
                if (operation.body() != null) {
                    request.contentType("application/json").body("{}");
                }
                check(operation, "header " + header.getKey(), send(operation, request), status -> status < 500);
            }
        }
        report();
    }

    /** JSON values of the wrong type or content for a property with this schema, as JSON text (a lone surrogate only exists escaped). */
    private static List<String> wrongValues(JsonNode schema) {
        List<String> wrong = new ArrayList<>();
        switch (schema.path("type").asText("")) {
            case "string" -> {
                wrong.addAll(List.of("12", "true", "[\"a\"]", "{\"a\": 1}", "\"bad\\u0000nul\"", "\"trojan\\u202esource\"",
                        "\"lone\\ud800\""));
                if (!schema.has("format") && !schema.has("enum")) {
                    wrong.add("\"" + "y".repeat(70_000) + "\"");
                }
            }
            case "integer", "number" -> wrong.addAll(List.of("\"twelve\"", "true", "[1]", "1e400", "99999999999999999999999"));
            case "boolean" -> wrong.addAll(List.of("\"maybe\"", "2", "{}"));
            case "array" -> wrong.addAll(List.of("\"not-a-list\"", "3", "{\"a\": 1}"));
            case "object" -> wrong.addAll(List.of("\"not-an-object\"", "3", "[1]"));
            default -> wrong.addAll(List.of("[[[]]]", "\"\\u0000\""));
        }
        return wrong;
    }

    /** What came back: the status, the media type and the body. */
    private record Answer(int status, String contentType, String body) {
    }

    private Answer json(Operation operation, String body) {
        return send(operation, request(operation).contentType("application/json").body(body));
    }

    private static Answer send(Operation operation, RequestSpecification request) {
        return send(operation, request, operation.path());
    }

    private static Answer send(Operation operation, RequestSpecification request, String path) {
        Response response = request.request(operation.method(), path);
        return new Answer(response.statusCode(), String.valueOf(response.contentType()), response.asString());
    }

    /** Sent over a plain socket: HTTP clients refuse to send a request-target that is not a valid URI, attackers do not. */
    private Answer raw(String method, String target) {
        try (Socket socket = new Socket(URI.create(RestAssured.baseURI).getHost(), RestAssured.port)) {
            socket.setSoTimeout(30_000);
            String head = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token()
                    + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headEnd = answer.indexOf("\r\n\r\n");
            Matcher type = Pattern.compile("(?im)^content-type:\\s*(\\S+)").matcher(answer.substring(0, headEnd));
            return new Answer(Integer.parseInt(answer.substring(9, 12)), type.find() ? type.group(1) : "",
                    answer.substring(headEnd + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void check(Operation operation, String what, Answer answer, IntPredicate expected) {
        if (what.endsWith(NOT_A_URI)) {
            if (answer.status() != 400) {
                failures.add(operation.method() + " " + operation.template() + " with " + what + ": answered " + answer.status());
            }
            return;
        }
        int status = answer.status();
        String body = answer.body();
        String where = operation.method() + " " + operation.template() + " with " + what + ": ";
        if (!expected.test(status) || status >= 500) {
            failures.add(where + "answered " + status + " " + abbreviate(body));
            return;
        }
        if (status >= 400) {
            String type = answer.contentType();
            if (!type.startsWith("application/problem+json")) {
                failures.add(where + status + " is not problem+json but " + type);
            } else if (!body.contains("\"status\":" + status + ",")) {
                failures.add(where + "the problem's status differs from " + status);
            }
            if (body.contains("Exception") || body.contains("java.") || body.contains("org.scorats") || body.contains("\tat ")) {
                failures.add(where + status + " names a Java type: " + abbreviate(body));
            }
        }
    }

    private void report() {
        assertThat(failures).as(failures.size() + " answers to bad input were wrong").isEmpty();
    }

    private RequestSpecification request(Operation operation) {
        return given().config(RestAssuredConfig.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(token());
    }

    private static List<String> concat(List<String> values, String more) {
        List<String> all = new ArrayList<>(values);
        all.add(more);
        return all;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }

    // --- the service's own contract

    private JsonNode document;

    private List<Operation> operations() throws Exception {
        document = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (List.of("get", "put", "post", "delete", "patch").contains(entry.getKey())) {
                JsonNode operation = entry.getValue();
                List<String> pathParameters = new ArrayList<>();
                List<String> queryParameters = new ArrayList<>();
                StringBuilder required = new StringBuilder();
                for (JsonNode parameter : operation.path("parameters")) {
                    JsonNode resolved = resolve(parameter);
                    if (resolved.path("in").asText().equals("query") && resolved.path("required").asBoolean()) {
                        required.append(required.isEmpty() ? "?" : "&").append(resolved.path("name").asText())
                                .append('=').append(required.length()); // distinct values: from=1&to=8
                    }
                    (resolved.path("in").asText().equals("path") ? pathParameters : queryParameters)
                            .add(resolved.path("in").asText().equals("header") ? null : resolved.path("name").asText());
                }
                queryParameters.removeIf(name -> name == null);
                JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
                operations.add(new Operation(entry.getKey().toUpperCase(), path.getKey(), pathParameters, queryParameters,
                        required.toString(), body.isMissingNode() ? null : resolve(body), pathValues()));
            }
        }));
        assertThat(operations).as("operations in the service's OpenAPI document").isNotEmpty();
        return operations;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.path("$ref").asText().substring(1));
        }
        if (current.has("allOf") && current.path("allOf").size() == 1) {
            return resolve(current.path("allOf").get(0));
        }
        return current;
    }

    /** {@code requiredQuery}: the required query parameters with small distinct numbers, so that an operation reaches its resource. */
    private record Operation(String method, String template, List<String> pathParameters, List<String> queryParameters,
                             String requiredQuery, JsonNode body, Map<String, String> known) {

        String path() {
            return path(null, null);
        }

        /** The template filled with known values, and {@code bad} for {@code parameter}. */
        String path(String parameter, String bad) {
            String path = template;
            for (String name : pathParameters) {
                String value = name.equals(parameter) ? bad
                        : known.getOrDefault(name, name.toLowerCase().endsWith("id") && !name.equals("conferenceId")
                        && !name.equals("externalId") ? UUID.randomUUID().toString() : name.equals("number") ? "1" : "x");
                path = path.replace("{" + name + "}", value);
            }
            return path;
        }
    }
}
