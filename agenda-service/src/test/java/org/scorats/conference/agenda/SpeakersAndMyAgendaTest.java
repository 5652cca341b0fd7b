package org.scorats.conference.agenda;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.TestTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.scorats.conference.agenda.AgendaFixtures.DAY_ONE;

@QuarkusTest
class SpeakersAndMyAgendaTest {

    @Inject
    AgendaFixtures fixtures;

    @Test
    void aParticipantSpeakersNamesFollowRegistrationEventsFromTheBroker() {
        String conference = fixtures.conference();
        UUID participant = fixtures.participant(conference, "d-" + conference, "Дина", "Ахметова", "Dina", "Akhmetova", 0);
        String speaker = AgendaFixtures.post("/api/v1/conferences/" + conference + "/speakers",
                        Map.of("participantId", participant, "biography", Map.of("en", "Expert of the EAG.", "ru", "Эксперт ЕАГ.")))
                .then().statusCode(201)
                .body("givenName", equalTo("Дина")).body("familyNameLatin", equalTo("Akhmetova"))
                .body("organization", equalTo("UZ")).body("completeLanguages", equalTo(List.of("en", "ru")))
                .extract().path("id");

        // registration-service announces a corrected name: the speaker shows it
        fixtures.participant(participant, conference, "d-" + conference, "Дина", "Ахметова-Сейткали", "Dina",
                "Akhmetova-Seitkali", 1);
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/speakers/{id}", speaker)
                .then().statusCode(200).body("familyName", equalTo("Ахметова-Сейткали"))
                .body("familyNameLatin", equalTo("Akhmetova-Seitkali"));

        AgendaFixtures.post("/api/v1/conferences/" + conference + "/speakers", Map.of("participantId", participant))
                .then().statusCode(400).body("errors.field", hasItem("participantId"));
        AgendaFixtures.post("/api/v1/conferences/" + conference + "/speakers", Map.of("participantId", UUID.randomUUID()))
                .then().statusCode(400).body("errors.field", hasItem("participantId"));
        AgendaFixtures.post("/api/v1/conferences/" + conference + "/speakers", Map.of("affiliation", "Nobody"))
                .then().statusCode(400).body("errors.field", hasItem("familyNameLatin"));
    }

    @Test
    void aSpeakerKeepsTheirOwnBiographyAndNobodyElseTouchesIt() {
        String conference = fixtures.conference();
        String subject = "delegate-" + UUID.randomUUID();
        UUID participant = fixtures.participant(conference, subject, "Алишер", "Каримов", "Alisher", "Karimov", 0);
        String me = AgendaFixtures.post("/api/v1/conferences/" + conference + "/speakers",
                        Map.of("participantId", participant, "biography", Map.of("en", "Expert.")))
                .then().statusCode(201).extract().path("id");
        String token = TestTokens.delegate(subject);
        String profile = "/api/v1/conferences/" + conference + "/speakers/me";

        String read = given().auth().oauth2(token).get(profile).then().statusCode(200)
                .body("id", equalTo(me)).body("givenName", equalTo("Алишер")).body("biography.en", equalTo("Expert."))
                .extract().header("ETag");
        Map<String, Object> biography = Map.of("biography", Map.of("en", "Head of the analytical department.",
                "ru", "Начальник аналитического отдела."));
        String written = given().auth().oauth2(token).header("If-Match", read).contentType("application/json").body(biography)
                .put(profile).then().statusCode(200).body("completeLanguages", equalTo(List.of("en", "ru")))
                .body("givenName", equalTo("Алишер")).extract().header("ETag");
        assertThat(written).isNotEqualTo(read);

        // A stale version, and what the biography cannot be: refused, nothing written.
        given().auth().oauth2(token).header("If-Match", read).contentType("application/json")
                .body(Map.of("biography", Map.of("en", "Stale."))).put(profile).then().statusCode(412)
                .contentType("application/problem+json");
        refusedProfile(token, profile, Map.of("biography", Map.of("ru", "Только по-русски.")), "biography.en");
        refusedProfile(token, profile, Map.of("biography", Map.of("en", "x".repeat(2001))), "biography.en");
        refusedProfile(token, profile, Map.of("biography", Map.of("en", "Null\u0000byte")), "biography.en");
        refusedProfile(token, profile, Map.of(), "biography");
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("givenNameLatin", "Someone", "biography", Map.of("en", "Renamed?"))).put(profile)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/speakers/{id}", me).then().statusCode(200)
                .header("ETag", written).body("biography.ru", equalTo("Начальник аналитического отдела."))
                .body("givenNameLatin", equalTo("Alisher"));

        // The next release shows it; the audit trail names who wrote it.
        AgendaFixtures.publish(conference, "Biographies").then().statusCode(201);
        given().get("/api/v1/conferences/{c}/program/releases/1", conference).then().statusCode(200)
                .body("speakers.find { it.id == '" + me + "' }.biography.ru", equalTo("Начальник аналитического отдела."));
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/audit/agenda?resource=speakers&resourceId={id}", me)
                .then().statusCode(200).body("items[0].action", equalTo("update")).body("items[0].actorSubject", equalTo(subject));

        // Not a speaker, not a delegate, no token, or no longer registered.
        String other = TestTokens.delegate("delegate-" + UUID.randomUUID());
        given().auth().oauth2(other).get(profile).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(other).contentType("application/json").body(biography).put(profile).then().statusCode(404);
        given().auth().oauth2(TestTokens.organizer()).get(profile).then().statusCode(403);
        given().auth().oauth2(TestTokens.partner("UZ")).contentType("application/json").body(biography).put(profile)
                .then().statusCode(403);
        given().get(profile).then().statusCode(401);
        given().auth().oauth2(token).get("/api/v1/conferences/{c}/speakers/me", "no-such-conference").then().statusCode(404);
        fixtures.participant(participant, conference, subject, "Алишер", "Каримов", "Alisher", "Karimov", "withdrawn", 1);
        given().auth().oauth2(token).get(profile).then().statusCode(404);
    }

    @Test
    void theOrganizersSeeHowManyWhoAreComingMarkedEachSessionAgainstItsRoom() {
        String conference = fixtures.conference();
        String hall = AgendaFixtures.room(conference, "Hall B"); // 100 seats
        String first = AgendaFixtures.session(conference, "Session I", DAY_ONE + "11:30:00+05:00", DAY_ONE + "13:30:00+05:00",
                hall, List.of()).then().statusCode(201).extract().path("id");
        String second = AgendaFixtures.session(conference, "Session II", DAY_ONE + "14:30:00+05:00", DAY_ONE + "16:30:00+05:00",
                null, List.of()).then().statusCode(201).extract().path("id");
        String interest = "/api/v1/conferences/" + conference + "/session-interest";
        given().auth().oauth2(TestTokens.organizer()).get(interest).then().statusCode(404); // nothing published yet
        AgendaFixtures.publish(conference, "Program").then().statusCode(201);

        // Three who are coming mark the first session, one also the second; a waitlisted person's mark
        // and an organizer's own do not count.
        for (String status : List.of("approved", "approved", "checked-in", "waitlisted")) {
            String subject = "delegate-" + UUID.randomUUID();
            fixtures.participant(UUID.randomUUID(), conference, subject, "Ольга", "Иванова", "Olga", "Ivanova", status, 0);
            mark(TestTokens.delegate(subject), conference, first);
            if (status.equals("checked-in")) {
                mark(TestTokens.delegate(subject), conference, second);
            }
        }
        mark(TestTokens.organizer(), conference, first);

        given().auth().oauth2(TestTokens.organizer()).get(interest).then().statusCode(200)
                .body("sessionId", equalTo(List.of(first, second)))
                .body("[0].marked", equalTo(3)).body("[0].capacity", equalTo(100)).body("[0].fill", equalTo(0.03f))
                .body("[0].room.en", equalTo("Hall B")).body("[0].title.en", equalTo("Session I"))
                .body("[1].marked", equalTo(1)).body("[1].capacity", nullValue()).body("[1].fill", nullValue());
        given().auth().oauth2(TestTokens.delegate("delegate-" + UUID.randomUUID())).get(interest).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.partner("UZ")).get(interest).then().statusCode(403);
        given().get(interest).then().statusCode(401);
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/conferences/{c}/session-interest", "no-such-conference")
                .then().statusCode(404);
    }

    private static void mark(String token, String conference, String session) {
        given().auth().oauth2(token).put("/api/v1/conferences/{c}/my-agenda/sessions/{s}", conference, session)
                .then().statusCode(204);
    }

    private static void refusedProfile(String token, String profile, Map<String, Object> body, String field) {
        given().auth().oauth2(token).contentType("application/json").body(body).put(profile).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    @Test
    void aDelegatesAgendaHoldsTheSessionsTheyMarkAndTheirOwnTalks() {
        String conference = fixtures.conference();
        String subject = "delegate-" + UUID.randomUUID();
        UUID participant = fixtures.participant(conference, subject, "Алишер", "Каримов", "Alisher", "Karimov", 0);
        String me = AgendaFixtures.post("/api/v1/conferences/" + conference + "/speakers", Map.of("participantId", participant))
                .then().statusCode(201).extract().path("id");
        String plenary = AgendaFixtures.session(conference, "Plenary", DAY_ONE + "09:30:00+05:00", DAY_ONE + "11:00:00+05:00", null, List.of())
                .then().statusCode(201).extract().path("id");
        String mine = AgendaFixtures.session(conference, "Session I", DAY_ONE + "11:30:00+05:00", DAY_ONE + "13:30:00+05:00", null, List.of())
                .then().statusCode(201).extract().path("id");
        AgendaFixtures.session(conference, "Session II", DAY_ONE + "14:30:00+05:00", DAY_ONE + "17:00:00+05:00", null, List.of())
                .then().statusCode(201);
        AgendaFixtures.talk(mine, "My talk", DAY_ONE + "12:00:00+05:00", DAY_ONE + "12:20:00+05:00", List.of(me)).then().statusCode(201);
        String delegate = TestTokens.delegate(subject);

        given().auth().oauth2(delegate).put("/api/v1/conferences/{c}/my-agenda/sessions/{s}", conference, plenary)
                .then().statusCode(404); // nothing published yet
        AgendaFixtures.publish(conference, "First").then().statusCode(201);
        given().auth().oauth2(delegate).put("/api/v1/conferences/{c}/my-agenda/sessions/{s}", conference, plenary).then().statusCode(204);
        given().auth().oauth2(delegate).put("/api/v1/conferences/{c}/my-agenda/sessions/{s}", conference, plenary).then().statusCode(204);

        given().auth().oauth2(delegate).get("/api/v1/conferences/{c}/my-agenda", conference).then().statusCode(200)
                .body("days[0].sessions.title", equalTo(List.of("Plenary", "Session I")))
                .body("days[0].sessions[1].talks[0].speakers[0].nameLatin", equalTo("Alisher Karimov"));
        given().auth().oauth2(TestTokens.delegate("someone-else")).get("/api/v1/conferences/{c}/my-agenda", conference)
                .then().statusCode(200).body("days", hasSize(0));

        given().auth().oauth2(delegate).delete("/api/v1/conferences/{c}/my-agenda/sessions/{s}", conference, plenary).then().statusCode(204);
        given().auth().oauth2(delegate).get("/api/v1/conferences/{c}/my-agenda", conference).then()
                .body("days[0].sessions.title", containsInAnyOrder("Session I"));
        // The audit trail: marks are written with plain statements and recorded once each (marking twice is once).
        given().auth().oauth2(TestTokens.organizer())
                .get("/api/v1/audit/agenda?resource=agenda-marks&resourceId={s}&actor={a}", plenary, subject)
                .then().statusCode(200).body("items.action", equalTo(List.of("delete", "create")))
                .body("items[0].actorRole", equalTo("delegate"));
        given().auth().oauth2(TestTokens.organizer()).get("/api/v1/audit/agenda?resource=talks&conference={c}", conference)
                .then().statusCode(200).body("items[0].action", equalTo("create"))
                .body("items[0].changes.title.to.en", equalTo("My talk"));
        given().auth().oauth2(delegate).get("/api/v1/audit/agenda").then().statusCode(403);
        given().get("/api/v1/conferences/{c}/my-agenda", conference).then().statusCode(401);
        given().auth().oauth2(TestTokens.partner("CIS-ATC")).get("/api/v1/conferences/{c}/my-agenda", conference).then().statusCode(403);
    }
}
