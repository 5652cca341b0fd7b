package org.scorats.conference.agenda;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.scorats.conference.agenda.AgendaFixtures.DAY_ONE;
import static org.scorats.conference.agenda.AgendaFixtures.DAY_TWO;

/** Each rule of the program refuses a clash with a problem naming the clashing items. */
@QuarkusTest
class ScheduleRulesTest {

    @Inject
    AgendaFixtures fixtures;

    String conference;
    String hall;
    String smallHall;
    String speaker;

    @BeforeEach
    void conferenceWithRoomsAndASpeaker() {
        conference = fixtures.conference();
        hall = AgendaFixtures.room(conference, "Plenary hall");
        smallHall = AgendaFixtures.room(conference, "Small hall");
        speaker = AgendaFixtures.guestSpeaker(conference, "Vladimir", "Voronkov");
    }

    @Test
    void aRoomHoldsOneThingAtATime() {
        String first = AgendaFixtures.session(conference, "Session I", DAY_ONE + "11:30:00+05:00", DAY_ONE + "13:30:00+05:00", hall, List.of())
                .then().statusCode(201).extract().path("id");
        AgendaFixtures.session(conference, "Session II", DAY_ONE + "13:00:00+05:00", DAY_ONE + "15:00:00+05:00", hall, List.of())
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("schedule-conflict"))
                .body("conflicts", hasSize(1))
                .body("conflicts[0].rule", equalTo("room-double-booked"))
                .body("conflicts[0].id", equalTo(first))
                .body("conflicts[0].title", equalTo("Session I"))
                .body("conflicts[0].startsAt", equalTo("2024-09-04T11:30:00+05:00"));
        // back to back is fine, and another room at the same time too
        AgendaFixtures.session(conference, "Session II", DAY_ONE + "13:30:00+05:00", DAY_ONE + "15:00:00+05:00", hall, List.of())
                .then().statusCode(201);
        AgendaFixtures.session(conference, "Side event", DAY_ONE + "12:00:00+05:00", DAY_ONE + "13:00:00+05:00", smallHall, List.of())
                .then().statusCode(201);
    }

    @Test
    void nobodySpeaksInTwoPlacesAtOnce() {
        String plenary = AgendaFixtures.session(conference, "Plenary", DAY_ONE + "09:30:00+05:00", DAY_ONE + "11:00:00+05:00", hall, List.of())
                .then().statusCode(201).extract().path("id");
        String parallel = AgendaFixtures.session(conference, "Side event", DAY_ONE + "10:00:00+05:00", DAY_ONE + "11:00:00+05:00", smallHall, List.of())
                .then().statusCode(201).extract().path("id");
        String talk = AgendaFixtures.talk(plenary, "Welcoming address", DAY_ONE + "09:30:00+05:00", DAY_ONE + "10:15:00+05:00", List.of(speaker))
                .then().statusCode(201).extract().path("id");

        AgendaFixtures.talk(parallel, "Keynote", DAY_ONE + "10:00:00+05:00", DAY_ONE + "10:30:00+05:00", List.of(speaker))
                .then().statusCode(409).body("conflicts.rule", hasItem("speaker-double-booked"))
                .body("conflicts[0].id", equalTo(talk)).body("conflicts[0].speakerId", equalTo(speaker))
                .body("detail", containsString("Welcoming address"));
        // chairing a parallel session is being in two places too
        AgendaFixtures.session(conference, "Chaired", DAY_ONE + "10:00:00+05:00", DAY_ONE + "10:45:00+05:00", null, List.of(speaker))
                .then().statusCode(409).body("conflicts[0].rule", equalTo("speaker-double-booked"))
                .body("conflicts[0].item", equalTo("talk"));
        // chairing the session one speaks in is not
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(Map.of("kind", "plenary", "title", Map.of("en", "Plenary"), "startsAt", DAY_ONE + "09:30:00+05:00",
                        "endsAt", DAY_ONE + "11:00:00+05:00", "roomId", hall, "chairIds", List.of(speaker)))
                .put("/api/v1/sessions/{id}", plenary).then().statusCode(200);
    }

    @Test
    void talksStayInsideTheirSession() {
        String session = AgendaFixtures.session(conference, "Session III", DAY_TWO + "09:30:00+05:00", DAY_TWO + "11:30:00+05:00", hall, List.of())
                .then().statusCode(201).extract().path("id");
        AgendaFixtures.talk(session, "Too late", DAY_TWO + "11:15:00+05:00", DAY_TWO + "11:45:00+05:00", List.of())
                .then().statusCode(409).body("conflicts[0].rule", equalTo("talk-outside-session"))
                .body("conflicts[0].id", equalTo(session));
        String talk = AgendaFixtures.talk(session, "On time", DAY_TWO + "11:00:00+05:00", DAY_TWO + "11:30:00+05:00", List.of())
                .then().statusCode(201).extract().path("id");
        // shortening the session would leave the talk outside: refused, naming the talk
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(Map.of("kind", "thematic-session", "title", Map.of("en", "Session III"),
                        "startsAt", DAY_TWO + "09:30:00+05:00", "endsAt", DAY_TWO + "11:00:00+05:00", "roomId", hall))
                .put("/api/v1/sessions/{id}", session)
                .then().statusCode(409).body("conflicts[0].rule", equalTo("talk-outside-session"))
                .body("conflicts[0].id", equalTo(talk)).body("conflicts[0].title", equalTo("On time"));
    }

    @Test
    void sessionsStayInsideTheConferenceDays() {
        AgendaFixtures.session(conference, "Too early", "2024-09-03T15:00:00+05:00", "2024-09-03T16:00:00+05:00", hall, List.of())
                .then().statusCode(409).body("conflicts[0].rule", equalTo("session-outside-conference"));
        // in UTC still the 5th, in Tashkent already the 6th
        AgendaFixtures.session(conference, "Too late", "2024-09-05T22:00:00+05:00", "2024-09-06T01:00:00+05:00", hall, List.of())
                .then().statusCode(409).body("conflicts[0].rule", equalTo("session-outside-conference"));
        AgendaFixtures.session(conference, "Backwards", DAY_ONE + "12:00:00+05:00", DAY_ONE + "11:00:00+05:00", hall, List.of())
                .then().statusCode(400).body("errors.field", hasItem("endsAt"));
        AgendaFixtures.session("no-such-conference", "Orphan", DAY_ONE + "12:00:00+05:00", DAY_ONE + "13:00:00+05:00", null, List.of())
                .then().statusCode(404).body("code", equalTo("conference-unknown"));
    }

    @Test
    void onlyOrganizersEditTheDraft() {
        var body = Map.of("kind", "plenary", "title", Map.of("en", "x"), "startsAt", DAY_ONE + "09:00:00+05:00",
                "endsAt", DAY_ONE + "10:00:00+05:00");
        given().contentType("application/json").body(body).post("/api/v1/conferences/{c}/sessions", conference).then().statusCode(401);
        for (String token : List.of(TestTokens.delegate("d"), TestTokens.partner("CIS-ATC"), TestTokens.noRole("n"))) {
            given().auth().oauth2(token).contentType("application/json").body(body)
                    .post("/api/v1/conferences/{c}/sessions", conference).then().statusCode(403);
            given().auth().oauth2(token).contentType("application/json").body(Map.of("comment", "x"))
                    .post("/api/v1/conferences/{c}/program/releases", conference).then().statusCode(403);
            given().auth().oauth2(token).get("/api/v1/conferences/{c}/sessions", conference).then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body)
                .post("/api/v1/conferences/{c}/sessions", conference).then().statusCode(201);
    }
}
