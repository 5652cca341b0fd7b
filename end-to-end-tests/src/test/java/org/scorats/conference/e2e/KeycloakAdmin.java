package org.scorats.conference.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.scorats.conference.localstack.KeycloakDistribution;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Keycloak's admin REST API as the local stack's administrator, for what a test must set up in the realm. */
final class KeycloakAdmin {

    private final String keycloakUrl;
    private final String token;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    KeycloakAdmin(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
        this.token = send(HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username="
                        + KeycloakDistribution.ADMIN + "&password=" + KeycloakDistribution.ADMIN)),
                200).path("access_token").asText();
    }

    /** A client of realm {@code conference}, as Keycloak represents it. */
    JsonNode client(String clientId) {
        return send(admin("/clients?clientId=" + clientId).GET(), 200).path(0);
    }

    void createClient(JsonNode client) {
        try {
            send(admin("/clients").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(client))), 201);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/conference" + path))
                .header("Authorization", "Bearer " + token);
    }

    private JsonNode send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException("Keycloak answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak's admin API did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
