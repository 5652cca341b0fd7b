package org.scorats.conference.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Tokens are checked before anything reaches a service; every refusal is problem+json. */
@QuarkusTest
class EdgeSecurityTest {

    private static final String PATH = "/api/v1/conferences/sco-rats-2024/participants";

    @Test
    void requestsWithoutAGoodTokenNeverReachAService() {
        refused(given().get(PATH), 401);
        refused(given().auth().oauth2(TestTokens.expired("d", Set.of("delegate"))).get(PATH), 401);
        refused(given().auth().oauth2(TestTokens.fromOtherIssuer("d", Set.of("delegate"))).get(PATH), 401);
        refused(given().auth().oauth2(TestTokens.signedByStranger("d", Set.of("delegate"))).get(PATH), 401);
        refused(given().auth().oauth2(TestTokens.forOtherAudience("d", Set.of("delegate"))).get(PATH), 401);
        refused(given().auth().oauth2("not-a-token").get(PATH), 401);
    }

    @Test
    void rolesDeclaredAtTheEdgeAreEnforced() {
        refused(given().auth().oauth2(TestTokens.noRole("nobody")).get(PATH), 403);
        refused(given().auth().oauth2(TestTokens.delegate("d")).get("/api/v1/conferences/c/statistics"), 403);
        refused(given().auth().oauth2(TestTokens.partner("CIS-ATC")).get("/api/v1/participants/p/history"), 403);
        refused(given().auth().oauth2(TestTokens.delegate("d")).get("/api/v1/conferences/c/organizations/CIS-ATC/changes"), 403);
        refused(given().auth().oauth2(TestTokens.delegate("d")).get("/api/v1/webhook-subscriptions"), 403);
        refused(given().auth().oauth2(TestTokens.delegate("d")).post("/api/v1/webhook-deliveries/w/redeliver"), 403);
        refused(given().auth().oauth2(TestTokens.delegate("d")).get("/api/v1/mail-deliveries"), 403);
        refused(given().auth().oauth2(TestTokens.partner("CIS-ATC")).post("/api/v1/mail-deliveries/m/resend"), 403);
        refused(given().auth().oauth2(TestTokens.delegate("d")).get("/api/v1/dead-letters/notification"), 403);
        refused(given().auth().oauth2(TestTokens.partner("CIS-ATC")).post("/api/v1/dead-letters/agenda/replay"), 403);
        refused(given().auth().oauth2(TestTokens.partner("CIS-ATC")).get("/api/v1/conferences/c/inbox"), 403);
        refused(given().auth().oauth2(TestTokens.delegate("d")).get("/api/v1/audit/registration"), 403);
        refused(given().auth().oauth2(TestTokens.door()).get("/api/v1/audit/agenda"), 403);
        refused(given().auth().oauth2(TestTokens.partner("CIS-ATC")).get("/api/v1/dead-letters/registration"), 403);

        given().auth().oauth2(TestTokens.delegate("d")).get(PATH).then().statusCode(200);
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/c/statistics").then().statusCode(200);
        refused(given().auth().oauth2(TestTokens.delegate("d")).post("/api/v1/conferences/c/program/releases"), 403);
        given().auth().oauth2(TestTokens.organizer()).post("/api/v1/conferences/c/program/releases").then().statusCode(200);
        given().auth().oauth2(TestTokens.organizer()).post("/api/v1/conferences/c/program/seed?program=p").then().statusCode(200);
        given().auth().oauth2(TestTokens.partner("CIS-ATC")).get("/api/v1/conferences/c/organizations/CIS-ATC/changes")
                .then().statusCode(200);
    }

    @Test
    void thePublishedProgramHealthAndTheContractNeedNoToken() {
        given().get("/api/v1/conferences/sco-rats-2024/program").then().statusCode(200);
        given().get("/api/v1/conferences/sco-rats-2024/program/calendar.ics").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
        refused(given().contentType("application/json").body("{}").post("/api/v1/conferences/sco-rats-2024/program"), 401);
    }

    @Test
    void metricsAreForMonitoringNotForAnyoneAtThePublicDoor() {
        refused(given().get("/q/metrics"), 401);
        refused(given().auth().oauth2(TestTokens.organizer()).get("/q/metrics"), 403);
        refused(given().auth().oauth2(TestTokens.partner("CIS-ATC")).get("/q/metrics"), 403);
        given().auth().oauth2(TestTokens.token("prometheus", Set.of("monitoring"), Map.of())).get("/q/metrics")
                .then().statusCode(200).body(containsString("http_server_requests"));
        given().auth().oauth2(TestTokens.admin()).get("/q/metrics").then().statusCode(200);
    }

    @Test
    void malformedJsonStillReachesTheServiceWhichJudgesIt() {
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json").body("{\"name\": ")
                .post("/api/v1/organizations").then().statusCode(200).body("bodyBytes", equalTo(9));
    }

    @Test
    void anOversizedBodyIsRefusedAtTheEdge() throws Exception {
        try (Socket socket = new Socket(URI.create(RestAssured.baseURI).getHost(), RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/v1/organizations HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + TestTokens.organizer() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (64L * 1024 * 1024) + "\r\n"
                    + "Expect: 100-continue\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"code\":\"payload-too-large\"");
        }
    }

    private static void refused(Response response, int status) {
        response.then().statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status));
        if (status == 401) {
            response.then().header("WWW-Authenticate", startsWith("Bearer"));
        }
    }
}
