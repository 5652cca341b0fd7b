package org.scorats.conference.agenda;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
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
    void aDraftLeftOutsideAConferenceThatMovedIsNotPublishedUntilItIsMovedToo() {
        String opening = AgendaFixtures.session(conference, "Opening", DAY_ONE + "10:00:00+05:00", DAY_ONE + "11:00:00+05:00",
                hall, List.of()).then().statusCode(201).extract().path("id");
        AgendaFixtures.session(conference, "Closing", DAY_TWO + "16:00:00+05:00", DAY_TWO + "17:00:00+05:00", hall, List.of())
                .then().statusCode(201);
        fixtures.conferenceMoved(conference, java.time.LocalDate.parse("2024-09-05"), java.time.LocalDate.parse("2024-09-06"), 1);

        AgendaFixtures.publish(conference, "First program").then().statusCode(409).body("code", equalTo("schedule-conflict"))
                .body("conflicts.rule", equalTo(List.of("session-outside-conference")))
                .body("conflicts[0].id", equalTo(opening)).body("conflicts[0].title", equalTo("Opening"));
        given().get("/api/v1/conferences/{c}/program", conference).then().statusCode(404);

        given().auth().oauth2(TestTokens.organizer()).delete("/api/v1/sessions/{id}", opening).then().statusCode(204);
        AgendaFixtures.publish(conference, "First program").then().statusCode(201);
    }

    @Test
    void aDraftWhoseSpeakersRegistrationEndedIsNotPublishedUntilTheirPartsAreGivenToOthers() {
        UUID ivan = fixtures.participant(conference, "ivan", "Иван", "Петров", "Ivan", "Petrov", 0);
        String linked = AgendaFixtures.post("/api/v1/conferences/" + conference + "/speakers", Map.of("participantId", ivan))
                .then().statusCode(201).extract().path("id");
        String session = AgendaFixtures.session(conference, "Session I", DAY_ONE + "10:00:00+05:00", DAY_ONE + "12:00:00+05:00",
                hall, List.of(linked)).then().statusCode(201).extract().path("id");
        String talk = AgendaFixtures.talk(session, "Threats in Central Asia", DAY_ONE + "10:00:00+05:00",
                DAY_ONE + "10:30:00+05:00", List.of(linked, speaker)).then().statusCode(201).extract().path("id");
        fixtures.participant(ivan, conference, "ivan", "Иван", "Петров", "Ivan", "Petrov", "withdrawn", 1);

        // Nobody new is linked to a registration that ended; the link made before stands, and is edited.
        UUID anna = fixtures.participant(conference, "anna", "Анна", "Смирнова", "Anna", "Smirnova", 0);
        fixtures.participant(anna, conference, "anna", "Анна", "Смирнова", "Anna", "Smirnova", "rejected", 1);
        AgendaFixtures.post("/api/v1/conferences/" + conference + "/speakers", Map.of("participantId", anna))
                .then().statusCode(400).body("errors.field", equalTo(List.of("participantId")))
                .body("errors[0].message", containsString("rejected"));
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(Map.of("participantId", ivan, "biography", Map.of("en", "Head of the analytical department.")))
                .put("/api/v1/speakers/{id}", linked).then().statusCode(200);
        // Nor is such a speaker given a new part.
        AgendaFixtures.talk(session, "Another talk", DAY_ONE + "11:00:00+05:00", DAY_ONE + "11:30:00+05:00", List.of(linked))
                .then().statusCode(409).body("conflicts.rule", equalTo(List.of("speaker-not-taking-part")));

        AgendaFixtures.publish(conference, "First program").then().statusCode(409).body("code", equalTo("schedule-conflict"))
                .body("conflicts.rule", equalTo(List.of("speaker-not-taking-part", "speaker-not-taking-part")))
                .body("conflicts.id", containsInAnyOrder(session, talk)).body("conflicts.speakerId", everyItem(equalTo(linked)));
        given().get("/api/v1/conferences/{c}/program", conference).then().statusCode(404);

        given().auth().oauth2(TestTokens.organizer()).delete("/api/v1/talks/{id}", talk).then().statusCode(204);
        AgendaFixtures.publish(conference, "First program").then().statusCode(409)
                .body("conflicts.id", equalTo(List.of(session)));
        given().auth().oauth2(TestTokens.organizer()).delete("/api/v1/sessions/{id}", session).then().statusCode(204);
        AgendaFixtures.publish(conference, "First program").then().statusCode(201);
    }

    @Test
    void aChairSpeakerOrLanguageNamedTwiceIsRefusedAndNothingIsStored() {
        AgendaFixtures.session(conference, "Twice chaired", DAY_ONE + "15:00:00+05:00", DAY_ONE + "16:00:00+05:00", hall,
                        List.of(speaker, speaker))
                .then().statusCode(400).body("errors.field", hasItem("chairIds"));
        given().auth().oauth2(TestTokens.organizer()).contentType("application/json")
                .body(Map.of("kind", "thematic-session", "title", Map.of("en", "Twice in Russian"),
                        "startsAt", DAY_ONE + "15:00:00+05:00", "endsAt", DAY_ONE + "16:00:00+05:00",
                        "languages", List.of("ru", "ru"), "interpretation", List.of("zh", "zh")))
                .post("/api/v1/conferences/{c}/sessions", conference)
                .then().statusCode(400).body("errors.field", hasItems("languages", "interpretation"));
        String session = AgendaFixtures.session(conference, "Session IV", DAY_ONE + "15:00:00+05:00", DAY_ONE + "16:00:00+05:00",
                hall, List.of()).then().statusCode(201).extract().path("id");
        AgendaFixtures.talk(session, "Twice spoken", DAY_ONE + "15:00:00+05:00", DAY_ONE + "15:30:00+05:00", List.of(speaker, speaker))
                .then().statusCode(400).body("errors.field", hasItem("speakerIds"));
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/sessions/{id}/talks", session)
                .then().statusCode(200).body("$", hasSize(0));
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

    /**
     * Edits sent at the same moment still keep the rules: eight organizers book the same room for the
     * same hour, and eight add a talk by the same speaker at the same time in different sessions; each
     * round exactly one succeeds and the others are told what they clash with.
     */
    @Test
    void theRulesHoldWhenEditsArriveTogether() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            for (int r = 0; r < 3; r++) {
                int round = r;
                String hour = DAY_TWO + (10 + round) + ":00:00+05:00";
                String end = DAY_TWO + (10 + round) + ":45:00+05:00";
                List<Integer> rooms = together(clients, i -> AgendaFixtures.session(conference, "Rival " + round + "-" + i,
                        hour, end, hall, List.of()).statusCode());
                assertThat(rooms).as("room bookings of round " + round).containsOnly(201, 409).containsOnlyOnce(201);

                List<String> parallel = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String room = AgendaFixtures.room(conference, "Room " + round + "-" + i);
                    parallel.add(AgendaFixtures.session(conference, "Track " + round + "-" + i, DAY_ONE + (10 + round) + ":00:00+05:00",
                            DAY_ONE + (10 + round) + ":50:00+05:00", room, List.of()).then().statusCode(201).extract().path("id"));
                }
                List<Integer> talks = together(clients, i -> AgendaFixtures.talk(parallel.get(i), "Talk " + i,
                        DAY_ONE + (10 + round) + ":05:00+05:00", DAY_ONE + (10 + round) + ":25:00+05:00", List.of(speaker)).statusCode());
                assertThat(talks).as("talks of one speaker in round " + round).containsOnly(201, 409).containsOnlyOnce(201);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /** Runs eight requests released at once and returns their statuses. */
    private static List<Integer> together(ExecutorService clients, IntFunction<Integer> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int client = i;
            answers.add(clients.submit(() -> {
                start.await();
                return request.apply(client);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        return statuses;
    }
}
