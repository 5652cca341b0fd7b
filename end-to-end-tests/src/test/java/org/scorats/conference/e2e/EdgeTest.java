package org.scorats.conference.e2e;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scorats.conference.localstack.ApiClient;
import org.scorats.conference.localstack.ApiClient.Answer;
import org.scorats.conference.localstack.KeycloakTokens;
import org.scorats.conference.localstack.StackConfig;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's refusals, with Keycloak's own tokens: none, expired, a delegate's on an
 * organizer's path, each refused at the edge with problem+json (the gateway's own wording, so
 * the service was not asked); malformed JSON passes the edge and the service answers 400.
 */
@Order(4)
@ExtendWith(Platform.Extension.class)
class EdgeTest {

    private static final String PARTICIPANTS = "/api/v1/conferences/sco-rats-2024/participants";

    private final Platform platform;
    private final ApiClient api;

    EdgeTest(Platform platform) {
        this.platform = platform;
        this.api = platform.api();
    }

    @Test
    void noTokenIsRefusedAtTheEdge() {
        Answer answer = api.get(PARTICIPANTS, null);
        assertRefusedAtTheEdge(answer, 401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void anExpiredKeycloakTokenIsRefusedAtTheEdge() {
        String expired = expiredToken();
        assertRefusedAtTheEdge(api.get(PARTICIPANTS, expired), 401);
    }

    @Test
    void aDelegatesTokenOnAnOrganizersPathIsRefusedAtTheEdge() {
        String delegate = platform.user("delegate");
        assertRefusedAtTheEdge(api.get(PARTICIPANTS + "/export", delegate), 403);
        assertRefusedAtTheEdge(api.post("/api/v1/conferences/sco-rats-2024/program/releases", delegate,
                Map.of("comment", "not mine to publish")), 403);
    }

    @Test
    void malformedJsonThroughTheGatewayIsA400Problem() {
        Answer answer = api.post(PARTICIPANTS, platform.user("delegate-zh"), "{\"givenName\": \"静\", ");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(Platform.isProblem(answer)).as(answer.text()).isTrue();
        assertThat(answer.header("X-Request-Id")).as("the gateway's request id, echoed").isNotBlank();
    }

    private static void assertRefusedAtTheEdge(Answer answer, int status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(Platform.isProblem(answer)).as(answer.text()).isTrue();
        assertThat(answer.body().path("detail").asText()).isEqualTo(status == 401
                ? "A valid bearer token from the conference's Keycloak is required"
                : "The token's roles do not allow this request");
    }

    /**
     * A token Keycloak signed and that has run out: through a client of the realm, made for this,
     * whose tokens live one second (every other client's live five minutes).
     */
    private String expiredToken() {
        KeycloakAdmin admin = new KeycloakAdmin(platform.stack().config().url(StackConfig.KEYCLOAK));
        ObjectNode client = admin.client("conference-demo").deepCopy();
        client.remove("id");
        client.put("clientId", "e2e-short-lived");
        client.withObjectProperty("attributes").put("access.token.lifespan", "1");
        client.path("protocolMappers").forEach(mapper -> ((ObjectNode) mapper).remove("id"));
        admin.createClient(client);
        String token = new KeycloakTokens(platform.stack().config().url(StackConfig.KEYCLOAK))
                .userVia("e2e-short-lived", "delegate", "delegate");
        Platform.pause(Duration.ofSeconds(3));
        return token;
    }
}
