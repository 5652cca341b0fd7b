package org.scorats.conference.agenda;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.scorats.conference.agenda.domain.ConferenceCalendar;
import org.scorats.conference.agenda.domain.DirectoryEntry;
import org.scorats.conference.conventions.TestTokens;
import org.scorats.conference.conventions.outbox.Outbox;
import org.scorats.conference.events.registration.ConferenceEvent;
import org.scorats.conference.events.registration.ConferenceSnapshot;
import org.scorats.conference.events.registration.ParticipantEvent;
import org.scorats.conference.events.registration.ParticipantSnapshot;
import org.scorats.conference.events.registration.RegistrationEvents;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * What agenda tests stand on. Conferences and participants arrive as registration-service sends
 * them, as events on the real broker (through this service's own outbox and relay); the program
 * is built through the API, as an organizer would.
 */
@ApplicationScoped
public class AgendaFixtures {

    static final String DAY_ONE = "2024-09-04T";
    static final String DAY_TWO = "2024-09-05T";

    private final Outbox outbox;
    private final EntityManager entityManager;

    AgendaFixtures(Outbox outbox, EntityManager entityManager) {
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    /** A two-day conference in Tashkent, as registration-service announces it. */
    public String conference() {
        String id = "conf-" + UUID.randomUUID().toString().substring(0, 8);
        announce(id, LocalDate.parse("2024-09-04"), LocalDate.parse("2024-09-05"), 0);
        return id;
    }

    /** The conference moved to other days, as registration-service announces it: its next version. */
    public void conferenceMoved(String id, LocalDate startDate, LocalDate endDate, long version) {
        announce(id, startDate, endDate, version);
    }

    private void announce(String id, LocalDate startDate, LocalDate endDate, long version) {
        var snapshot = new ConferenceSnapshot(id, Map.of("en", "10th Conference", "ru", "X Конференция", "zh", "第十届会议"),
                startDate, endDate, "Asia/Tashkent", Map.of("en", "Tashkent"), List.of("en", "zh", "ru"), 200,
                OffsetDateTime.parse("2024-09-03T23:59:00+05:00"), new ConferenceSnapshot.Contacts("+998 78 120 43 66", null, List.of()),
                version);
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(version == 0 ? RegistrationEvents.CONFERENCE_CREATED
                : RegistrationEvents.CONFERENCE_UPDATED, id, "conferences/" + id, new ConferenceEvent(snapshot)));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            ConferenceCalendar calendar = entityManager.find(ConferenceCalendar.class, id);
            return calendar != null && calendar.startDate.equals(startDate);
        }));
    }

    /** A registered participant with a delegate account, as registration-service announces them. */
    public UUID participant(String conferenceId, String accountSubject, String givenName, String familyName,
                            String givenNameLatin, String familyNameLatin, long version) {
        return participant(UUID.randomUUID(), conferenceId, accountSubject, givenName, familyName, givenNameLatin,
                familyNameLatin, version);
    }

    public UUID participant(UUID id, String conferenceId, String accountSubject, String givenName, String familyName,
                            String givenNameLatin, String familyNameLatin, long version) {
        return participant(id, conferenceId, accountSubject, givenName, familyName, givenNameLatin, familyNameLatin,
                "approved", version);
    }

    /** The same with the registration's status, e.g. withdrawn in a later version. */
    public UUID participant(UUID id, String conferenceId, String accountSubject, String givenName, String familyName,
                            String givenNameLatin, String familyNameLatin, String status, long version) {
        var snapshot = new ParticipantSnapshot(id, conferenceId, UUID.randomUUID(), "UZ", null, accountSubject,
                givenName, familyName, givenNameLatin, familyNameLatin, familyNameLatin.toLowerCase() + "@example.org",
                "ru", "speaker", "in-person", status, true, version);
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(version == 0 ? RegistrationEvents.PARTICIPANT_REGISTERED
                        : RegistrationEvents.PARTICIPANT_UPDATED, id.toString(), "participants/" + id,
                new ParticipantEvent(snapshot, status, null, List.of())));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createQuery("SELECT count(d) FROM DirectoryEntry d WHERE d.participantId = :id AND d.version = :v")
                        .setParameter("id", id).setParameter("v", version).getSingleResult()).longValue() == 1));
        return id;
    }

    static String room(String conferenceId, String name) {
        return post("/api/v1/rooms", Map.of("conferenceId", conferenceId, "name", Map.of("en", name),
                "capacity", 100, "interpretation", List.of("en", "zh", "ru"))).then().statusCode(201).extract().path("id");
    }

    static String guestSpeaker(String conferenceId, String givenNameLatin, String familyNameLatin) {
        return post("/api/v1/conferences/" + conferenceId + "/speakers",
                Map.of("givenNameLatin", givenNameLatin, "familyNameLatin", familyNameLatin, "affiliation", "UNOCT",
                        "biography", Map.of("en", "A guest speaker."))).then().statusCode(201).extract().path("id");
    }

    static Response session(String conferenceId, String title, String start, String end, String roomId, List<String> chairIds) {
        var body = new java.util.HashMap<String, Object>(Map.of("kind", "thematic-session",
                "title", Map.of("en", title, "ru", "Сессия: " + title), "topics", List.of(Map.of("en", "A topic of " + title)),
                "startsAt", start, "endsAt", end, "chairIds", chairIds, "languages", List.of("en", "ru"),
                "interpretation", List.of("zh")));
        if (roomId != null) {
            body.put("roomId", roomId);
        }
        return post("/api/v1/conferences/" + conferenceId + "/sessions", body);
    }

    static Response talk(String sessionId, String title, String start, String end, List<String> speakerIds) {
        return post("/api/v1/sessions/" + sessionId + "/talks", Map.of("title", Map.of("en", title),
                "startsAt", start, "endsAt", end, "language", "en", "speakerIds", speakerIds));
    }

    static Response publish(String conferenceId, String comment) {
        return post("/api/v1/conferences/" + conferenceId + "/program/releases", Map.of("comment", comment));
    }

    static Response post(String path, Object body) {
        return given().auth().oauth2(TestTokens.organizer()).contentType("application/json").body(body).post(path);
    }
}
