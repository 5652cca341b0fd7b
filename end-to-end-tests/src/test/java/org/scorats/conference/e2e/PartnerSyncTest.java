package org.scorats.conference.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scorats.conference.localstack.ApiClient;
import org.scorats.conference.localstack.ApiClient.Answer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CIS ATC's system keeps its delegates in step through the gateway with its Keycloak service
 * account: a batch, the change feed, an update guarded by If-Match, a withdrawal; the CSTO's
 * system can neither see nor touch them.
 */
@Order(1)
@ExtendWith(Platform.Extension.class)
class PartnerSyncTest {

    private final Platform platform;
    private final ApiClient api;

    PartnerSyncTest(Platform platform) {
        this.platform = platform;
        this.api = platform.api();
    }

    @Test
    void aPartnerSyncsItsDelegatesAndAnotherPartnerCannotSeeOrTouchThem() {
        String conference = platform.newConference("CIS-ATC", "CSTO");
        String atc = platform.partner("cis-atc-sync");
        String csto = platform.partner("csto-sync");
        String organization = "/api/v1/conferences/" + conference + "/organizations/CIS-ATC";

        JsonNode batch = api.post(organization + "/participant-batches", atc, Map.of("items", List.of(
                item("ATC-1", "Игорь", "Смирнов", "Igor", "Smirnov", "ru"),
                item("ATC-2", "Айбек", "Жумабаев", "Aibek", "Zhumabaev", "ru"),
                item("ATC-3", "伟", "张", "Wei", "Zhang", "zh")))).expect(200).body();
        assertThat(batch.path("created").asInt()).isEqualTo(3);
        assertThat(batch.path("failed").asInt()).isZero();
        Map<String, String> ids = new HashMap<>();
        batch.path("results").forEach(r -> ids.put(r.path("externalId").asText(), r.path("id").asText()));

        JsonNode firstRead = api.get(organization + "/changes", atc).expect(200).body();
        assertThat(externalIds(firstRead)).containsExactlyInAnyOrder("ATC-1", "ATC-2", "ATC-3");
        assertThat(firstRead.toString()).contains("Смирнов", "张");
        String cursor = firstRead.path("nextCursor").asText();

        Map<String, Object> renamed = person("Игорь", "Смирнов-Ким", "Igor", "Smirnov-Kim", "ru");
        Answer updated = api.send("PUT", organization + "/participants/ATC-1", atc, renamed, Map.of("If-Match", "\"0\""));
        updated.expect(200);
        assertThat(updated.header("Sync-Result")).isEqualTo("updated");
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        Answer stale = api.send("PUT", organization + "/participants/ATC-1", atc,
                person("Игорь", "Смирнов", "Igor", "Smirnov", "ru"), Map.of("If-Match", "\"0\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(Platform.isProblem(stale)).isTrue();

        api.post("/api/v1/participants/" + ids.get("ATC-2") + "/transitions", atc, Map.of("action", "withdraw")).expect(200);

        JsonNode secondRead = api.get(organization + "/changes?cursor=" + cursor, atc).expect(200).body();
        assertThat(externalIds(secondRead)).as("only what changed since the first read")
                .containsExactlyInAnyOrder("ATC-1", "ATC-2");
        secondRead.path("items").forEach(change -> {
            JsonNode participant = change.path("participant");
            switch (change.path("externalId").asText()) {
                case "ATC-1" -> assertThat(participant.path("familyName").asText()).isEqualTo("Смирнов-Ким");
                case "ATC-2" -> assertThat(participant.path("status").asText()).isEqualTo("withdrawn");
                default -> throw new AssertionError(change);
            }
        });

        // The CSTO's system: refused on the CIS ATC's feed and records, not even told they exist.
        for (Answer refused : List.of(
                api.get(organization + "/changes", csto),
                api.put(organization + "/participants/ATC-3", csto, person("X", "Y", "X", "Y", "en")),
                api.post(organization + "/participant-batches", csto, Map.of("items", List.of(item("ATC-4", "A", "B", "A", "B", "en")))))) {
            assertThat(refused.status()).as(refused.text()).isEqualTo(403);
            assertThat(Platform.isProblem(refused)).isTrue();
        }
        for (Answer hidden : List.of(
                api.get("/api/v1/participants/" + ids.get("ATC-3"), csto),
                api.post("/api/v1/participants/" + ids.get("ATC-3") + "/transitions", csto, Map.of("action", "withdraw")))) {
            assertThat(hidden.status()).as(hidden.text()).isEqualTo(404);
            assertThat(Platform.isProblem(hidden)).isTrue();
        }
        JsonNode cstoFeed = api.get("/api/v1/conferences/" + conference + "/organizations/CSTO/changes", csto).expect(200).body();
        assertThat(cstoFeed.path("items")).isEmpty();
        Platform.report("partner sync", "batch created 3; feed after cursor: %s; CSTO refused 403 x3, 404 x2",
                externalIds(secondRead));
        assertThat(api.get("/api/v1/participants/" + ids.get("ATC-3"), atc).expect(200).body().path("status").asText())
                .as("untouched by the other partner").isEqualTo("submitted");
    }

    private static Map<String, Object> item(String externalId, String given, String family, String givenLatin,
                                            String familyLatin, String language) {
        return Map.of("externalId", externalId, "participant", person(given, family, givenLatin, familyLatin, language));
    }

    private static Map<String, Object> person(String given, String family, String givenLatin, String familyLatin,
                                              String language) {
        return Map.of("givenName", given, "familyName", family, "givenNameLatin", givenLatin, "familyNameLatin", familyLatin,
                "email", givenLatin.toLowerCase() + "." + familyLatin.toLowerCase() + "@cisatc.example", "language", language,
                "role", "delegate", "attendance", "in-person", "privacyConsent", true);
    }

    private static List<String> externalIds(JsonNode feed) {
        return java.util.stream.StreamSupport.stream(feed.path("items").spliterator(), false)
                .map(change -> change.path("externalId").asText()).toList();
    }
}
