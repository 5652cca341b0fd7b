package org.scorats.conference.agenda;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Participants rate the sessions they attended; the organizers, and each session's own speakers and
 * chairs, read the ratings and the comments, without names.
 */
@QuarkusTest
class SessionFeedbackTest {

    private static final String DAY_ONE = "2024-09-04T";

    @Inject
    AgendaFixtures fixtures;

    @Test
    void attendeesRateASessionOnceEachAndTheOrganizersReadTheRatingsAndCommentsWithoutNames() {
        String conference = fixtures.conference();
        String olga = attendee(conference, "approved");
        String wei = attendee(conference, "checked-in");
        String first = session(conference, "Session I", "11:30", "13:30");
        String second = session(conference, "Session II", "14:30", "16:30");
        AgendaFixtures.publish(conference, "Program").then().statusCode(201);

        give(olga, first, Map.of("rating", 5, "comment", "Very useful.")).statusCode(200)
                .body("rating", equalTo(5)).body("comment", equalTo("Very useful."));
        give(olga, first, Map.of("rating", 4, "comment", "  More time for questions, please.  ")).statusCode(200)
                .body("rating", equalTo(4)).body("comment", equalTo("More time for questions, please."));
        give(wei, first, Map.of("rating", 2)).statusCode(200).body("comment", nullValue());
        given().auth().oauth2(olga).get("/api/v1/sessions/{s}/feedback/mine", first).then().statusCode(200)
                .body("rating", equalTo(4));
        given().auth().oauth2(olga).get("/api/v1/sessions/{s}/feedback/mine", second).then().statusCode(404);

        JsonPath summary = given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{c}/feedback", conference)
                .then().statusCode(200).extract().jsonPath();
        assertThat(summary.getList("sessionId")).containsExactly(first, second);
        assertThat(summary.getInt("[0].count")).as("one each, the second replacing the first").isEqualTo(2);
        assertThat(summary.getDouble("[0].average")).isEqualTo(3.0);
        assertThat(summary.getMap("[0].ratings")).isEqualTo(Map.of("1", 0, "2", 1, "3", 0, "4", 1, "5", 0));
        assertThat(summary.getInt("[1].count")).isZero();
        assertThat(summary.getString("[1].average")).isNull();

        JsonPath comments = given().auth().oauth2(TestTokens.organizer()).get("/api/v1/sessions/{s}/feedback", first)
                .then().statusCode(200).extract().jsonPath();
        assertThat(comments.getList("items.comment")).containsExactly("More time for questions, please.");
        assertThat(comments.getMap("items[0]")).containsOnlyKeys("id", "rating", "comment", "givenAt");
    }

    @Test
    void feedbackIsForAttendeesOnPublishedSessionsThatHaveStarted() {
        String conference = fixtures.conference();
        String olga = attendee(conference, "approved");
        String waiting = attendee(conference, "waitlisted");
        String published = session(conference, "Session I", "11:30", "13:30");
        AgendaFixtures.publish(conference, "Program").then().statusCode(201);
        String draft = session(conference, "Session II", "14:30", "16:30");

        refused(give(olga, published, Map.of("rating", 6)), "rating");
        refused(give(olga, published, Map.of("rating", 0)), "rating");
        refused(give(olga, published, Map.of("rating", "five")), "rating");
        refused(give(olga, published, Map.of("comment", "No rating")), "rating");
        refused(give(olga, published, Map.of("rating", 3, "comment", "x".repeat(2001))), "comment");
        give(olga, draft, Map.of("rating", 3)).statusCode(404);
        give(olga, UUID.randomUUID().toString(), Map.of("rating", 3)).statusCode(404);
        give(waiting, published, Map.of("rating", 3)).statusCode(403).contentType("application/problem+json");
        give(TestTokens.delegate("not-registered-" + UUID.randomUUID()), published, Map.of("rating", 3)).statusCode(404);
        give(TestTokens.organizer(), published, Map.of("rating", 3)).statusCode(403);
        give(TestTokens.partner("UZ"), published, Map.of("rating", 3)).statusCode(403);
        given().contentType("application/json").body(Map.of("rating", 3))
                .put("/api/v1/sessions/{s}/feedback/mine", published).then().statusCode(401);
        given().auth().oauth2(olga).get("/api/v1/conferences/{c}/feedback", conference).then().statusCode(403);
        given().auth().oauth2(olga).get("/api/v1/sessions/{s}/feedback", published).then().statusCode(404);
        given().auth().oauth2(TestTokens.organizer()).queryParam("cursor", "bm90LWEtY3Vyc29y")
                .get("/api/v1/sessions/{s}/feedback", published).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{c}/feedback", conference)
                .then().statusCode(200).body("[0].count", equalTo(0));

        // A conference still to come: its sessions take feedback only once they have started.
        String later = fixtures.conference();
        fixtures.conferenceMoved(later, LocalDate.parse("2099-09-04"), LocalDate.parse("2099-09-05"), 1);
        String future = attendee(later, "approved");
        String upcoming = AgendaFixtures.session(later, "Future session", "2099-09-04T11:30:00+05:00",
                "2099-09-04T13:30:00+05:00", null, List.of()).then().statusCode(201).extract().path("id");
        AgendaFixtures.publish(later, "Program").then().statusCode(201);
        give(future, upcoming, Map.of("rating", 5)).statusCode(409).body("code", equalTo("session-not-started"));
    }

    @Test
    void aSessionsOwnSpeakersAndChairsReadWhatWasSaidOfItAndNobodyElse() {
        String conference = fixtures.conference();
        String olga = attendee(conference, "approved");
        String chairSubject = "delegate-" + UUID.randomUUID();
        String speakerSubject = "delegate-" + UUID.randomUUID();
        UUID speakerParticipant = UUID.randomUUID();
        String chair = speaker(conference, UUID.randomUUID(), chairSubject);
        String speaker = speaker(conference, speakerParticipant, speakerSubject);
        String otherSubject = "delegate-" + UUID.randomUUID();
        String otherSpeaker = speaker(conference, UUID.randomUUID(), otherSubject);
        String first = AgendaFixtures.session(conference, "Session I", DAY_ONE + "11:30:00+05:00", DAY_ONE + "13:30:00+05:00",
                null, List.of(chair)).then().statusCode(201).extract().path("id");
        AgendaFixtures.talk(first, "Cooperation", DAY_ONE + "12:00:00+05:00", DAY_ONE + "12:20:00+05:00", List.of(speaker))
                .then().statusCode(201);
        String second = session(conference, "Session II", "14:30", "16:30");
        AgendaFixtures.talk(second, "Financing", DAY_ONE + "15:00:00+05:00", DAY_ONE + "15:20:00+05:00", List.of(otherSpeaker))
                .then().statusCode(201);
        AgendaFixtures.publish(conference, "Program").then().statusCode(201);
        give(olga, first, Map.of("rating", 4, "comment", "Clear and to the point.")).statusCode(200);
        give(attendee(conference, "checked-in"), first, Map.of("rating", 5)).statusCode(200);

        for (String reader : List.of(TestTokens.delegate(chairSubject), TestTokens.delegate(speakerSubject), TestTokens.organizer())) {
            given().auth().oauth2(reader).get("/api/v1/sessions/{s}/feedback/summary", first).then().statusCode(200)
                    .body("sessionId", equalTo(first)).body("title.en", equalTo("Session I"))
                    .body("count", equalTo(2)).body("average", equalTo(4.5f))
                    .body("ratings", equalTo(Map.of("1", 0, "2", 0, "3", 0, "4", 1, "5", 1)));
            given().auth().oauth2(reader).get("/api/v1/sessions/{s}/feedback", first).then().statusCode(200)
                    .body("items.comment", equalTo(List.of("Clear and to the point.")));
        }
        given().auth().oauth2(TestTokens.delegate(otherSubject)).get("/api/v1/sessions/{s}/feedback/summary", second)
                .then().statusCode(200).body("count", equalTo(0)).body("average", nullValue());

        // Not theirs: another session's speaker, an attendee; not confirmed to exist.
        for (String stranger : List.of(TestTokens.delegate(otherSubject), olga)) {
            given().auth().oauth2(stranger).get("/api/v1/sessions/{s}/feedback/summary", first).then().statusCode(404)
                    .contentType("application/problem+json");
            given().auth().oauth2(stranger).get("/api/v1/sessions/{s}/feedback", first).then().statusCode(404);
        }
        // A speaker whose registration is withdrawn no longer reads it.
        fixtures.participant(speakerParticipant, conference, speakerSubject, "Алишер", "Каримов", "Alisher", "Karimov",
                "withdrawn", 1);
        given().auth().oauth2(TestTokens.delegate(speakerSubject)).get("/api/v1/sessions/{s}/feedback/summary", first)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.partner("UZ")).get("/api/v1/sessions/{s}/feedback/summary", first).then().statusCode(403);
        given().get("/api/v1/sessions/{s}/feedback/summary", first).then().statusCode(401);
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/sessions/{s}/feedback/summary", UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/sessions/{s}/feedback/summary", "not-a-session")
                .then().statusCode(400).contentType("application/problem+json");
    }

    /** A registered participant who is one of the conference's speakers: the speaker's id. */
    private String speaker(String conference, UUID participant, String subject) {
        fixtures.participant(participant, conference, subject, "Алишер", "Каримов", "Alisher", "Karimov", "approved", 0);
        return AgendaFixtures.post("/api/v1/conferences/" + conference + "/speakers", Map.of("participantId", participant))
                .then().statusCode(201).extract().path("id");
    }

    private String attendee(String conference, String status) {
        String subject = "delegate-" + UUID.randomUUID();
        fixtures.participant(UUID.randomUUID(), conference, subject, "Ольга", "Иванова", "Olga", "Ivanova", status, 0);
        return TestTokens.delegate(subject);
    }

    private static String session(String conference, String title, String start, String end) {
        return AgendaFixtures.session(conference, title, DAY_ONE + start + ":00+05:00", DAY_ONE + end + ":00+05:00", null,
                List.of()).then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse give(String token, String session, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .put("/api/v1/sessions/{s}/feedback/mine", session).then();
    }

    private static void refused(ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
