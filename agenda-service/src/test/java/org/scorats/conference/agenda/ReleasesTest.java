package org.scorats.conference.agenda;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;
import org.scorats.conference.conventions.TopicReader;
import org.scorats.conference.events.CloudEventHeaders;
import org.scorats.conference.events.Topics;
import org.scorats.conference.events.agenda.ProgramChange;
import org.scorats.conference.events.agenda.ProgramPublished;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.scorats.conference.agenda.AgendaFixtures.DAY_ONE;

/**
 * Releases freeze the draft; the public reads only releases; any two can be compared; publishing
 * announces the changes with the people they concern.
 */
@QuarkusTest
class ReleasesTest {

    @Inject
    AgendaFixtures fixtures;

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void theDiffReportsAdditionsCancellationsMovesAndSpeakerSwapsForThePeopleConcerned() throws Exception {
        String conference = fixtures.conference();
        String hall = AgendaFixtures.room(conference, "Plenary hall");
        String smallHall = AgendaFixtures.room(conference, "Small hall");
        UUID aliParticipant = fixtures.participant(conference, "ali-" + conference, "Алишер", "Каримов", "Alisher", "Karimov", 0);
        String ali = AgendaFixtures.post("/api/v1/conferences/" + conference + "/speakers", Map.of("participantId", aliParticipant))
                .then().statusCode(201).body("familyName", equalTo("Каримов")).extract().path("id");
        String guest = AgendaFixtures.guestSpeaker(conference, "Vladimir", "Voronkov");
        String session = AgendaFixtures.session(conference, "Session I", DAY_ONE + "11:30:00+05:00", DAY_ONE + "13:30:00+05:00", hall, List.of())
                .then().statusCode(201).extract().path("id");
        String moved = AgendaFixtures.talk(session, "National systems", DAY_ONE + "11:30:00+05:00", DAY_ONE + "12:00:00+05:00", List.of(ali))
                .then().statusCode(201).extract().path("id");
        String swapped = AgendaFixtures.talk(session, "Online radicalisation", DAY_ONE + "12:00:00+05:00", DAY_ONE + "12:30:00+05:00", List.of(guest))
                .then().statusCode(201).extract().path("id");
        String cancelled = AgendaFixtures.talk(session, "Critical infrastructure", DAY_ONE + "12:30:00+05:00", DAY_ONE + "13:00:00+05:00", List.of())
                .then().statusCode(201).extract().path("id");
        AgendaFixtures.publish(conference, "First program").then().statusCode(201).body("number", equalTo(1));

        // the draft changes: one talk moves, one gets another speaker, one is cancelled, one is added
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(Map.of("title", Map.of("en", "National systems"), "startsAt", DAY_ONE + "13:00:00+05:00",
                        "endsAt", DAY_ONE + "13:30:00+05:00", "language", "en", "speakerIds", List.of(ali)))
                .put("/api/v1/talks/{id}", moved).then().statusCode(200);
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(Map.of("title", Map.of("en", "Online radicalisation"), "startsAt", DAY_ONE + "12:00:00+05:00",
                        "endsAt", DAY_ONE + "12:30:00+05:00", "language", "en", "speakerIds", List.of(ali)))
                .put("/api/v1/talks/{id}", swapped).then().statusCode(200);
        given().auth().oauth2(TestTokens.organizer()).delete("/api/v1/talks/{id}", cancelled).then().statusCode(204);
        String side = AgendaFixtures.session(conference, "Side event", DAY_ONE + "15:00:00+05:00", DAY_ONE + "16:00:00+05:00", smallHall, List.of())
                .then().statusCode(201).extract().path("id");

        // until published, the public still sees release 1
        given().get("/api/v1/conferences/{c}/program", conference).then().statusCode(200)
                .body("release", equalTo(1)).body("days[0].sessions", hasSize(1))
                .body("days[0].sessions[0].talks", hasSize(3));

        AgendaFixtures.publish(conference, "Talks moved").then().statusCode(201).body("number", equalTo(2));

        var changes = given().get("/api/v1/conferences/{c}/program/changes?from=1&to=2", conference)
                .then().statusCode(200).extract().jsonPath();
        assertThat(changes.getList("findAll { it.id == '" + moved + "' }.kind")).containsExactly("moved");
        assertThat(changes.getString("find { it.id == '" + moved + "' }.before.startsAt")).isEqualTo("2024-09-04T11:30:00+05:00");
        assertThat(changes.getString("find { it.id == '" + moved + "' }.after.startsAt")).isEqualTo("2024-09-04T13:00:00+05:00");
        assertThat(changes.getString("find { it.id == '" + swapped + "' }.kind")).isEqualTo("speakers-changed");
        assertThat(changes.getList("find { it.id == '" + swapped + "' }.speakersAdded")).containsExactly(ali);
        assertThat(changes.getList("find { it.id == '" + swapped + "' }.speakersRemoved")).containsExactly(guest);
        assertThat(changes.getString("find { it.id == '" + cancelled + "' }.kind")).isEqualTo("cancelled");
        assertThat(changes.getString("find { it.id == '" + side + "' }.kind")).isEqualTo("added");
        assertThat(changes.getMap("find { it.id == '" + side + "' }.after.room")).containsEntry("en", "Small hall");
        assertThat(changes.getList("find { it.id == '" + moved + "' }.affectedParticipantIds"))
                .containsExactly(aliParticipant.toString());
        // and the other way round
        given().get("/api/v1/conferences/{c}/program/changes?from=2&to=1", conference).then().statusCode(200)
                .body("find { it.id == '" + cancelled + "' }.kind", equalTo("added"));

        try (TopicReader reader = new TopicReader(Topics.AGENDA)) {
            var records = reader.readKeyUntil(conference, r -> header(r).endsWith("program.published")
                    && release(r) == 2, Duration.ofSeconds(30));
            ProgramPublished published = json.readValue(records.get(records.size() - 1).value(), ProgramPublished.class);
            assertThat(published.release()).isEqualTo(2);
            assertThat(published.previousRelease()).isEqualTo(1);
            assertThat(published.changes()).extracting(ProgramChange::kind)
                    .containsExactlyInAnyOrder("moved", "speakers-changed", "cancelled", "added");
            assertThat(published.affectedParticipantIds()).containsExactly(aliParticipant);
            assertThat(records.stream().filter(r -> header(r).endsWith("program.published")).count())
                    .as("once per release").isEqualTo(2);
        }
    }

    @Test
    void everyDraftChangeIsPublishedAsAnEventKeyedBySession() {
        String conference = fixtures.conference();
        String session = AgendaFixtures.session(conference, "Session II", DAY_ONE + "14:30:00+05:00", DAY_ONE + "17:00:00+05:00", null, List.of())
                .then().statusCode(201).extract().path("id");
        String talk = AgendaFixtures.talk(session, "Cooperation mechanisms", DAY_ONE + "14:30:00+05:00", DAY_ONE + "15:00:00+05:00", List.of())
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(Map.of("title", Map.of("en", "Cooperation mechanisms", "zh", "合作机制"), "startsAt", DAY_ONE + "15:00:00+05:00",
                        "endsAt", DAY_ONE + "15:30:00+05:00", "language", "zh"))
                .put("/api/v1/talks/{id}", talk).then().statusCode(200).body("completeLanguages", equalTo(List.of("en", "zh")));
        given().auth().oauth2(TestTokens.organizer()).delete("/api/v1/sessions/{id}", session).then().statusCode(204);

        try (TopicReader reader = new TopicReader(Topics.AGENDA)) {
            var records = reader.readKeyUntil(session, r -> header(r).endsWith("session.cancelled"), Duration.ofSeconds(30));
            assertThat(records).extracting(ReleasesTest::header).containsExactly(
                    "org.scorats.conference.agenda.session.created", "org.scorats.conference.agenda.talk.created",
                    "org.scorats.conference.agenda.talk.updated", "org.scorats.conference.agenda.talk.cancelled",
                    "org.scorats.conference.agenda.session.cancelled");
            assertThat(records.get(2).value()).contains("合作机制");
        }
    }

    @Test
    void theFirstReleaseAddsEverythingAndNothingIsPublicBeforeIt() {
        String conference = fixtures.conference();
        given().get("/api/v1/conferences/{c}/program", conference).then().statusCode(404)
                .contentType("application/problem+json");
        AgendaFixtures.session(conference, "Draft only", DAY_ONE + "09:00:00+05:00", DAY_ONE + "10:00:00+05:00", null, List.of())
                .then().statusCode(201);
        given().get("/api/v1/conferences/{c}/program", conference).then().statusCode(404);
        AgendaFixtures.publish(conference, "First").then().statusCode(201);
        given().get("/api/v1/conferences/{c}/program/releases", conference).then().statusCode(200)
                .body("number", equalTo(List.of(1))).body("comment", equalTo(List.of("First")));
        given().get("/api/v1/conferences/{c}/program/releases/1", conference).then().statusCode(200)
                .body("sessions[0].title.en", equalTo("Draft only"));
        given().get("/api/v1/conferences/{c}/program/changes?from=1&to=1", conference).then().statusCode(400);
        given().get("/api/v1/conferences/{c}/program/releases/7", conference).then().statusCode(404);
    }

    @Test
    void aReleaseAnswersOnePublicationTimeWhereverItIsRead() {
        String conference = fixtures.conference();
        AgendaFixtures.session(conference, "Opening", DAY_ONE + "09:00:00+05:00", DAY_ONE + "10:00:00+05:00", null, List.of())
                .then().statusCode(201);
        // The frozen program keeps the time in its JSON, the release row in a timestamptz (microseconds).
        Instant published = Instant.parse(AgendaFixtures.publish(conference, "First").then().statusCode(201)
                .extract().path("publishedAt"));
        String listed = given().get("/api/v1/conferences/{c}/program/releases", conference).then().statusCode(200)
                .extract().path("publishedAt[0]");
        String inProgram = given().get("/api/v1/conferences/{c}/program/releases/1", conference).then().statusCode(200)
                .extract().path("publishedAt");
        assertThat(Instant.parse(listed)).isEqualTo(published);
        assertThat(java.time.OffsetDateTime.parse(inProgram).toInstant()).isEqualTo(published);
    }

    @Test
    void aPublishRetriedWithItsIdempotencyKeyAnswersTheFirstReleaseAndPublishesNoOther() {
        String conference = fixtures.conference();
        AgendaFixtures.session(conference, "Opening", DAY_ONE + "09:00:00+05:00", DAY_ONE + "10:00:00+05:00", null, List.of())
                .then().statusCode(201);
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(TestTokens.organizer()).contentType("application/json").header("Idempotency-Key", "publish-1")
                    .body(Map.of("comment", "First")).post("/api/v1/conferences/{c}/program/releases", conference)
                    .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/program/releases/1"))
                    .body("number", equalTo(1)).body("comment", equalTo("First"))
                    .header("Idempotent-Replayed", attempt == 0 ? org.hamcrest.Matchers.nullValue() : equalTo("true"));
        }
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json").header("Idempotency-Key", "publish-1")
                .body(Map.of("comment", "Second")).post("/api/v1/conferences/{c}/program/releases", conference)
                .then().statusCode(422).body("code", equalTo("idempotency-key-reused"));
        given().get("/api/v1/conferences/{c}/program/releases", conference).then().body("number", equalTo(List.of(1)));
    }

    private int release(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record) {
        try {
            return json.readTree(record.value()).path("release").asInt();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String header(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader(CloudEventHeaders.TYPE).value(), StandardCharsets.UTF_8);
    }
}
