package org.scorats.conference.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class RoutingTest {

    private static final String TOKEN = TestTokens.organizer();

    @Test
    void eachPathReachesTheServiceThatOwnsIt() {
        given().auth().oauth2(TOKEN).get("/api/v1/conferences/sco-rats-2024/participants?status=approved")
                .then().statusCode(200).header("X-Backend", startsWith("registration-"))
                .body("uri", equalTo("/api/v1/conferences/sco-rats-2024/participants?status=approved"));
        given().auth().oauth2(TOKEN).get("/api/v1/rooms/plenary").then().statusCode(200).header("X-Backend", "agenda");
        // Each service's audit trail and dead letters are at its own path, and reach it.
        given().auth().oauth2(TOKEN).get("/api/v1/audit/registration").then().statusCode(200)
                .header("X-Backend", startsWith("registration-"));
        given().auth().oauth2(TOKEN).get("/api/v1/dead-letters/registration").then().statusCode(200)
                .header("X-Backend", startsWith("registration-"));
        given().auth().oauth2(TOKEN).get("/api/v1/audit/agenda").then().statusCode(200).header("X-Backend", "agenda");
        given().auth().oauth2(TOKEN).get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType(startsWith("application/problem+json")).body("code", equalTo("not-found"));
    }

    @Test
    void requestsAreSpreadOverTheLiveInstancesAndADeadOneIsSkipped() {
        java.util.Set<String> answeredBy = new java.util.HashSet<>();
        for (int i = 0; i < 9; i++) {
            answeredBy.add(given().auth().oauth2(TOKEN).get("/api/v1/participants/" + i)
                    .then().statusCode(200).extract().header("X-Backend"));
        }
        assertThat(answeredBy).containsExactlyInAnyOrder("registration-a", "registration-b");
    }

    @Test
    void aServiceWithoutLiveInstancesIsUnavailableAtOnce() {
        long started = System.nanoTime();
        given().auth().oauth2(TOKEN).get("/api/v1/webhook-subscriptions")
                .then().statusCode(503).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("service-unavailable"));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
        for (String notificationPath : java.util.List.of("/api/v1/conferences/c/inbox", "/api/v1/mail-deliveries",
                "/api/v1/webhook-subscriptions/w/deliveries", "/api/v1/dead-letters/notification", "/api/v1/audit/notification")) {
            given().auth().oauth2(TOKEN).get(notificationPath).then().statusCode(503);
        }
    }

    /** An instance killed mid-request: reads go to another instance; a write is not repeated, the client gets 502. */
    @Test
    void aReadAnInstanceBrokeOffIsAskedOfAnotherAWriteIsNot() {
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(TOKEN).get("/api/v1/participants/dies").then().statusCode(200)
                    .header("X-Backend", equalTo("registration-b"));
        }
        java.util.Set<Integer> writes = new java.util.HashSet<>();
        for (int i = 0; i < 4; i++) { // in turn, so some reach registration-a
            writes.add(given().auth().oauth2(TOKEN).contentType("application/json").body("{}")
                    .post("/api/v1/participants/dies").then().extract().statusCode());
        }
        assertThat(writes).contains(502).allMatch(status -> status == 200 || status == 502);
    }

    @Test
    void aSilentServiceIsAGatewayTimeoutWithinTheBound() {
        given().auth().oauth2(TOKEN).get("/api/v1/rooms/slow")
                .then().statusCode(504).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("gateway-timeout"))
                .time(lessThan(2_900L));
    }

    @Test
    void aSaturatedServiceTurnsTheOverflowAwayAtOnceAndStaysInRotation() {
        // In tests an instance has 4 connections and 4 waiting places; each /slow request holds a
        // connection for the gateway's 1 s bound. 24 at once: the overflow is told to come back.
        String caller = TestTokens.token("overload-" + UUID.randomUUID(), Set.of("organizer"), Map.of());
        HttpClient http = HttpClient.newHttpClient();
        URI slow = URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/rooms/slow");
        var answers = IntStream.range(0, 24).mapToObj(i -> http.sendAsync(HttpRequest
                .newBuilder(slow).header("Authorization", "Bearer " + caller).build(),
                HttpResponse.BodyHandlers.ofString())).toList().stream()
                .map(CompletableFuture::join).toList();
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(503, 504).contains(503);
        assertThat(answers.stream().filter(a -> a.statusCode() == 503)).allSatisfy(busy -> {
            assertThat(busy.headers().firstValue("Retry-After")).contains("1");
            assertThat(busy.body()).contains("agenda-service is busy");
        });
        // Busy is not broken: the instance stays in rotation.
        given().auth().oauth2(TOKEN).get("/api/v1/rooms/plenary").then().statusCode(200).header("X-Backend", "agenda");
        // Each service's audit trail and dead letters are at its own path, and reach it.
        given().auth().oauth2(TOKEN).get("/api/v1/audit/registration").then().statusCode(200)
                .header("X-Backend", startsWith("registration-"));
        given().auth().oauth2(TOKEN).get("/api/v1/dead-letters/registration").then().statusCode(200)
                .header("X-Backend", startsWith("registration-"));
        given().auth().oauth2(TOKEN).get("/api/v1/audit/agenda").then().statusCode(200).header("X-Backend", "agenda");
    }

    @Test
    void forwardingHeadersRequestIdsAndTraceContextTravel() {
        var echoed = given().auth().oauth2(TOKEN).header("X-Request-Id", "req-42").get("/api/v1/organizations")
                .then().statusCode(200).header("X-Request-Id", "req-42").extract();
        Map<String, String> headers = echoed.path("headers");
        assertThat(headers).containsEntry("x-request-id", "req-42")
                .containsEntry("x-forwarded-for", "127.0.0.1")
                .containsEntry("x-forwarded-proto", "http")
                .containsEntry("x-forwarded-host", "localhost:" + RestAssured.port)
                .containsKey("authorization");
        assertThat(headers.get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");

        given().auth().oauth2(TOKEN).get("/api/v1/organizations")
                .then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        String trace = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        given().auth().oauth2(TOKEN).header("traceparent", trace).get("/api/v1/organizations")
                .then().body("headers.traceparent", equalTo(trace));
    }

    @Test
    void locationsPointAtTheGateway() {
        given().auth().oauth2(TOKEN).post("/api/v1/conferences/created")
                .then().statusCode(201)
                .header("Location", equalTo("http://localhost:" + RestAssured.port + "/api/v1/participants/42"));
    }

    @Test
    void bodiesPassThroughWholeAndOversizedOnesAreRefused() {
        byte[] megabyte = new byte[1024 * 1024];
        given().auth().oauth2(TOKEN).contentType("application/octet-stream").body(megabyte)
                .post("/api/v1/conferences/upload").then().statusCode(200).body("bodyBytes", equalTo(1024 * 1024));
    }

    @Test
    void aClientOverItsLimitIsToldWhenToComeBack() {
        String throttled = TestTokens.token("partner-system", Set.of("partner"),
                Map.of("azp", "throttled-client", "organization", "CIS-ATC"));
        given().auth().oauth2(throttled).get("/api/v1/conferences").then().statusCode(200);
        given().auth().oauth2(throttled).get("/api/v1/conferences").then().statusCode(200);
        given().auth().oauth2(throttled).get("/api/v1/conferences")
                .then().statusCode(429).contentType(startsWith("application/problem+json"))
                .header("Retry-After", notNullValue()).body("code", equalTo("too-many-requests"));
        // others are not held back by one client's excess
        given().auth().oauth2(TOKEN).get("/api/v1/conferences").then().statusCode(200);
    }

    @Test
    void browsersGetTheirCorsPreflightAnswered() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match")
                .options("/api/v1/participants/1")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Allow-Methods", org.hamcrest.Matchers.containsString("PUT"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "PUT")
                .options("/api/v1/participants/1")
                .then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void readinessNamesEveryServiceAndItsReachableInstances() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'registration-service' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'registration-service' }.data.instances", equalTo(3))
                .body("checks.find { it.name == 'registration-service' }.data.reachable", equalTo(2))
                .body("checks.find { it.name == 'agenda-service' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'notification-service' }.status", equalTo("DOWN"));
        given().get("/q/health/live").then().statusCode(200);
    }
}
