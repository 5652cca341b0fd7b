package org.scorats.conference.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 10th conference as a newcomer should find it: organizations of every kind, delegations
 * (CIS ATC among them), participants in every status with names in Latin, Cyrillic and Chinese
 * script, and the concept note's program released once. Loaded through the gateway with real
 * Keycloak tokens, the way organizers, partner systems and delegates would enter it, so it also
 * sets off the events, mail and projections they would. Nothing is loaded when the conference
 * is already there.
 */
public final class DemoData {

    private static final String RESOURCE = "/demo/sco-rats-2024.json";

    private final ApiClient api;
    private final KeycloakTokens tokens;
    private final Map<String, String> tokenCache = new HashMap<>();

    public DemoData(ApiClient api, KeycloakTokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    /**
     * Loads what is missing: the registration data unless the conference exists, the program
     * unless it has a release (so a run stopped half-way is completed by the next).
     *
     * @return false when everything was already there
     */
    public boolean load() {
        JsonNode demo = read();
        String conference = demo.path("conference").path("id").asText();
        String organizer = token("organizer");
        boolean loaded = false;
        if (api.get("/api/v1/conferences/" + conference, organizer).status() == 404) {
            loadRegistrations(demo, conference, organizer);
            loaded = true;
        }
        JsonNode releases = api.get("/api/v1/conferences/" + conference + "/program/releases", null).body();
        if (!releases.isArray() || releases.isEmpty()) {
            seedProgram(conference, demo.path("program").asText(), demo.path("releaseComment").asText());
            loaded = true;
        }
        return loaded;
    }

    /**
     * The demo conference's details under another id, open for registration: for a conference of
     * one's own to try things on (the end-to-end tests make one per scenario).
     */
    public static ObjectNode conference(String id) {
        ObjectNode conference = read().path("conference").deepCopy();
        conference.put("id", id);
        // The conference took place in 2024; registration stays open a year from today so the demo can be tried.
        conference.put("registrationClosesAt", OffsetDateTime.now(ZoneOffset.ofHours(5)).plusYears(1).withNano(0).toString());
        return conference;
    }

    private void loadRegistrations(JsonNode demo, String conference, String organizer) {
        api.post("/api/v1/conferences", organizer, conference(conference)).expect(201);
        for (JsonNode organization : demo.path("organizations")) {
            api.post("/api/v1/organizations", organizer, organization).expect(201, 409);
        }
        Map<String, String> delegations = new HashMap<>();
        for (JsonNode delegation : demo.path("delegations")) {
            delegations.put(delegation.path("organizationCode").asText(), api.post("/api/v1/conferences/" + conference
                    + "/delegations", organizer, delegation).expect(201).body().path("id").asText());
        }
        for (JsonNode participant : demo.path("participants")) {
            register(conference, participant, delegations);
        }
    }

    private void register(String conference, JsonNode participant, Map<String, String> delegations) {
        String by = participant.path("by").asText();
        ObjectNode person = participant.path("person").deepCopy();
        String id;
        if (by.startsWith("user:")) { // registering themself: with the code the organizers give the delegation
            String delegation = delegations.get(person.path("organizationCode").asText());
            person.put("invitationCode", api.post("/api/v1/delegations/" + delegation + "/invitation", token("organizer"), null)
                    .expect(201).body().path("code").asText());
        }
        if (by.startsWith("partner:")) {
            id = api.put("/api/v1/conferences/" + conference + "/organizations/" + person.path("organizationCode").asText()
                    + "/participants/" + participant.path("externalId").asText(), token(by), person).expect(201, 200)
                    .body().path("id").asText();
        } else {
            id = api.post("/api/v1/conferences/" + conference + "/participants", token(by), person).expect(201)
                    .body().path("id").asText();
        }
        String reason = participant.path("reason").asText(null);
        for (String action : actionsTo(participant.path("status").asText())) {
            Map<String, String> body = reason == null ? Map.of("action", action) : Map.of("action", action, "reason", reason);
            api.post("/api/v1/participants/" + id + "/transitions", token("organizer"), body).expect(200);
        }
    }

    /** The workflow's moves from a fresh registration (submitted) to the wanted status. */
    private static List<String> actionsTo(String status) {
        return switch (status) {
            case "submitted" -> List.of();
            case "approved" -> List.of("approve");
            case "checked-in" -> List.of("approve", "check-in");
            case "waitlisted" -> List.of("waitlist");
            case "rejected" -> List.of("reject");
            case "withdrawn" -> List.of("withdraw");
            default -> throw new IllegalArgumentException("No way to status " + status);
        };
    }

    /** agenda-service learns of the conference from registration's events: the seed waits until it has. */
    private void seedProgram(String conference, String program, String comment) {
        String path = "/api/v1/conferences/" + conference + "/program";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        ApiClient.Answer seeded;
        do {
            seeded = api.post(path + "/seed?program=" + URLEncoder.encode(program, StandardCharsets.UTF_8), token("organizer"), null);
            if (seeded.status() / 100 == 2) {
                break;
            }
            ChildProcess.sleep(Duration.ofSeconds(1));
        } while (System.nanoTime() < deadline);
        seeded.expect(200, 201);
        api.post(path + "/releases", token("organizer"), Map.of("comment", comment)).expect(201);
    }

    private String token(String who) {
        return tokenCache.computeIfAbsent(who, w -> {
            if (w.startsWith("partner:")) {
                return tokens.serviceAccount(w.substring("partner:".length()));
            }
            return tokens.demoUser(w.startsWith("user:") ? w.substring("user:".length()) : w);
        });
    }

    private static JsonNode read() {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
