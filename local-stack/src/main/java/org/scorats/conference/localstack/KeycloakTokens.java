package org.scorats.conference.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Access tokens from the realm {@code conference}, the way frontends and partner systems get them. */
public final class KeycloakTokens {

    /**
     * The realm's service-account clients (partner systems, door devices) with their local secrets
     * (deploy/keycloak/conference-realm.json): local stack only.
     */
    private static final Map<String, String> CLIENT_SECRETS = Map.of(
            "cis-atc-sync", "cis-atc-local-secret", "csto-sync", "csto-local-secret",
            "door-device", "door-device-local-secret");

    private final URI tokenEndpoint;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    public KeycloakTokens(String keycloakUrl) {
        this.tokenEndpoint = URI.create(keycloakUrl + "/realms/conference/protocol/openid-connect/token");
    }

    /** A person's token through the demo client (direct grant; the local stack's demo users only). */
    public String user(String username, String password) {
        return userVia("conference-demo", username, password);
    }

    /** A person's token through a client of one's choice that allows direct grants. */
    public String userVia(String clientId, String username, String password) {
        return request(Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password));
    }

    /** A demo user's token (deploy/keycloak/conference-realm.json; their passwords are their names). */
    public String demoUser(String username) {
        return user(username, username);
    }

    /** A partner system's or door device's token with the realm's local secret of that client. */
    public String serviceAccount(String clientId) {
        String secret = CLIENT_SECRETS.get(clientId);
        if (secret == null) {
            throw new IllegalArgumentException("No service-account client " + clientId + "; the realm has " + CLIENT_SECRETS.keySet());
        }
        return client(clientId, secret);
    }

    /** A partner system's token: its service account, by client credentials. */
    public String client(String clientId, String secret) {
        return request(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private String request(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenEndpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode answer = json.readTree(response.body());
            if (response.statusCode() != 200 || !answer.hasNonNull("access_token")) {
                throw new IllegalStateException("Keycloak refused a token (" + response.statusCode() + "): " + response.body());
            }
            return answer.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + tokenEndpoint + " does not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
