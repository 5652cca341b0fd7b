package org.scorats.conference.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.deadletter.EventIntake;
import org.scorats.conference.conventions.Redelivery;
import org.scorats.conference.conventions.TestTokens;
import org.scorats.conference.devinfra.PostgresServer;
import org.scorats.conference.devinfra.testing.SharedServers;
import org.scorats.conference.events.CloudEventHeaders;
import org.scorats.conference.events.Topics;
import org.scorats.conference.events.registration.RegistrationEvents;
import org.scorats.conference.notification.NotificationFixtures.Person;
import org.scorats.conference.notification.domain.Notice;
import org.scorats.conference.notification.domain.Recipient;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Events that can never be applied are kept with the reason for organizers, and replay through the
 * inbox; events that fail for a reason that passes (the database dropping every connection) are
 * retried until they apply, and never dead-lettered.
 */
@QuarkusTest
class DeadLetterTest {

    private static final String GROUP = "notification-service";
    private static final String LETTERS = "/api/v1/dead-letters/notification";

    @Inject
    NotificationFixtures fixtures;

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @Inject
    EventIntake intake;

    @Inject
    ObjectMapper json;

    @Test
    void anUnreadableEventIsKeptWithItsReasonAndTheEventsAfterItStillApply() {
        String eventId = UUID.randomUUID().toString();
        var sent = Redelivery.send(Topics.REGISTRATION, UUID.randomUUID().toString(),
                headers(eventId, RegistrationEvents.PARTICIPANT_REGISTERED.type()), "{\"participant\": \"not a participant\"}");
        Person next = fixtures.person(fixtures.conference(), "UZ", "ru", "Гульнара", "Юсупова");
        fixtures.registration(RegistrationEvents.PARTICIPANT_REGISTERED, next, "submitted", "submitted", null);
        fixtures.awaitConsumed(next);
        Redelivery.awaitConsumed(GROUP, sent);

        JsonPath letter = letterOf(eventId);
        assertThat(letter.getString("status")).isEqualTo("waiting");
        assertThat(letter.getString("reason")).contains("ParticipantEvent");
        assertThat(letter.getString("channel")).isEqualTo("registration-events");
        assertThat(letter.getLong("offset")).isEqualTo(sent.offset());
        assertThat(letter.getString("payload")).isEqualTo("{\"participant\": \"not a participant\"}");
        given().auth().oauth2(TestTokens.admin()).get(LETTERS + "/{id}", letter.getString("id"))
                .then().statusCode(200).body("eventId", equalTo(eventId));

        given().auth().oauth2(TestTokens.delegate("delegate-" + UUID.randomUUID())).get(LETTERS).then().statusCode(403);
        given().auth().oauth2(TestTokens.partner("UZ")).post(LETTERS + "/replay").then().statusCode(403);
        given().get(LETTERS).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.organizer()).get(LETTERS + "?status=lost").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));

        // Still unreadable: a replay keeps it waiting and says why.
        given().auth().oauth2(TestTokens.organizer()).post(LETTERS + "/{id}/replay", letter.getString("id"))
                .then().statusCode(200).body("status", equalTo("waiting"))
                .body("replayError", org.hamcrest.Matchers.containsString("ParticipantEvent"));
    }

    @Test
    void anEventNotACloudEventIsKeptToo() {
        var sent = Redelivery.send(Topics.REGISTRATION, "no-headers", Map.of(), "{}");
        Redelivery.awaitConsumed(GROUP, sent);
        List<Map<String, Object>> waiting = given().auth().oauth2(TestTokens.organizer()).get(LETTERS + "?status=waiting&limit=200")
                .then().statusCode(200).extract().path("items");
        assertThat(waiting).anySatisfy(d -> {
            assertThat(((Number) d.get("offset")).longValue()).isEqualTo(sent.offset());
            assertThat((String) d.get("reason")).contains("Not a CloudEvent");
        });
    }

    @Test
    void aReplayedLetterTakesEffectOnceHoweverOftenItIsReplayed() {
        // What a consumer that could not yet read this event kept: the same event twice, at two offsets.
        Person person = fixtures.person(fixtures.conference(), "KZ", "en", "Aigerim", "Nurlanova");
        String eventId = UUID.randomUUID().toString();
        String payload = """
                {"participant": {"id": "%s", "conferenceId": "%s", "delegationId": "%s", "organizationCode": "KZ",
                 "externalId": null, "accountSubject": "%s", "givenName": "Aigerim", "familyName": "Nurlanova",
                 "givenNameLatin": "Aigerim", "familyNameLatin": "Nurlanova", "email": "%s", "language": "en",
                 "role": "delegate", "attendance": "in-person", "status": "submitted", "listedPublicly": true, "version": 0},
                 "previousStatus": "submitted", "reason": null, "changedFields": []}"""
                .formatted(person.id(), person.conferenceId(), UUID.randomUUID(), person.accountSubject(), person.email());
        UUID first = keep(eventId, payload, 1_000_000_001L);
        UUID second = keep(eventId, payload, 1_000_000_002L);

        given().auth().oauth2(TestTokens.organizer()).post(LETTERS + "/{id}/replay", first)
                .then().statusCode(200).body("status", equalTo("replayed"));
        assertThat(recipient(person.id())).isTrue();
        given().auth().oauth2(TestTokens.organizer()).post(LETTERS + "/{id}/replay", first)
                .then().statusCode(409).body("code", equalTo("dead-letter-replayed"));

        JsonPath report = given().auth().oauth2(TestTokens.organizer()).post(LETTERS + "/replay")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("items.id")).contains(second.toString());
        given().auth().oauth2(TestTokens.organizer()).get(LETTERS + "/{id}", second)
                .then().statusCode(200).body("status", equalTo("replayed"));
        assertThat(notices(person.id())).as("the registration noticed once").isEqualTo(1);
        given().auth().oauth2(TestTokens.organizer()).post(LETTERS + "/{id}/replay", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    /**
     * The database is away: every connection dropped, none let in again. The event is sent straight to
     * the broker (the outbox relay needs the database too), so the consumer certainly meets the blip:
     * it retries, pauses rather than dead-letters, and applies the event once the database is back.
     */
    @Test
    void eventsArriveWhileTheDatabaseIsAwayAndApplyOnceItIsBack() throws Exception {
        double retriedBefore = retried();
        Person person = fixtures.person(fixtures.conference(), "CN", "zh", "伟", "王");
        String name;
        try (Connection own = dataSource.getConnection(); Statement statement = own.createStatement()) {
            name = current(statement);
        }
        // From the server's maintenance database: a database cannot shut its own door.
        PostgresServer server = SharedServers.postgres();
        try (Connection admin = DriverManager.getConnection(server.jdbcUrl("postgres"), server.username(), server.password());
             Statement statement = admin.createStatement()) {
            String database = '"' + name + '"';
            statement.execute("ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS false");
            try {
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
                Redelivery.send(Topics.REGISTRATION, person.id().toString(),
                        headers(UUID.randomUUID().toString(), RegistrationEvents.PARTICIPANT_REGISTERED.type()),
                        json.writeValueAsString(NotificationFixtures.registration(person, "submitted", null, null)));
                // However long the consumer takes to get to it, it cannot apply it now: wait until it has tried.
                await().atMost(Duration.ofSeconds(60)).until(() -> retried() > retriedBefore);
            } finally {
                statement.execute("ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS true");
            }
        }
        // The test's own pooled connections were dropped too: a read may fail once before the pool replaces them.
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> recipient(person.id()));
        assertThat(await().ignoreExceptions().until(() -> notices(person.id()), n -> n > 0)).isEqualTo(1);
        List<Map<String, Object>> waiting = given().auth().oauth2(TestTokens.organizer()).get(LETTERS + "?status=waiting&limit=200")
                .then().statusCode(200).extract().path("items");
        assertThat(waiting).noneMatch(d -> person.id().toString().equals(d.get("key")));
    }

    private static String current(Statement statement) throws SQLException {
        try (var rows = statement.executeQuery("SELECT current_database()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /**
     * What one poll brings is applied in one transaction; an event in it that can never be applied
     * rolls that back, and the poll is applied record by record instead: the others take effect
     * (once, however often the poll comes again) and only that one is dead-lettered.
     */
    @Test
    void anUnreadableEventAmongAPollIsKeptAloneAndTheRestOfThePollApplies() throws Exception {
        String conference = fixtures.conference();
        Person before = fixtures.person(conference, "UZ", "ru", "Алия", "Каримова");
        Person after = fixtures.person(conference, "KZ", "zh", "Ерлан", "Абенов");
        long offset = 1_000_000_000L + (long) (Math.random() * 1_000_000_000L); // never one of the topic's own
        List<ConsumerRecord<String, String>> poll = List.of(
                record(offset, before.id().toString(), json.writeValueAsString(
                        NotificationFixtures.registration(before, "submitted", null, null))),
                record(offset + 1, UUID.randomUUID().toString(), "{\"participant\": [\"not a participant\"]}"),
                record(offset + 2, after.id().toString(), json.writeValueAsString(
                        NotificationFixtures.registration(after, "submitted", null, null))));
        String unreadable = new String(poll.get(1).headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8);

        intake.consume("registration-events", poll);
        intake.consume("registration-events", poll); // the poll again, as after a crash before the offset commit

        assertThat(recipient(before.id())).isTrue();
        assertThat(recipient(after.id())).isTrue();
        assertThat(notices(before.id())).isEqualTo(1);
        assertThat(notices(after.id())).isEqualTo(1);
        assertThat(letterOf(unreadable).getLong("offset")).isEqualTo(offset + 1);
        long lettersOfIt = QuarkusTransaction.requiringNew().call(() -> (Long) entityManager.createQuery(
                "SELECT count(d) FROM DeadLetter d WHERE d.eventId = :id").setParameter("id", unreadable).getSingleResult());
        assertThat(lettersOfIt).isEqualTo(1);
    }

    /** A registration event as Kafka would hand it over, on partition 0 at {@code offset}. */
    private static ConsumerRecord<String, String> record(long offset, String key, String payload) {
        String eventId = UUID.randomUUID().toString();
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.REGISTRATION, 0, offset, key, payload);
        headers(eventId, RegistrationEvents.PARTICIPANT_REGISTERED.type())
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private double retried() {
        return metrics.counter("conference.events.retried").count();
    }

    private static Map<String, String> headers(String id, String type) {
        return Map.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE, CloudEventHeaders.ID, id,
                CloudEventHeaders.TYPE, type, CloudEventHeaders.SOURCE, "/registration-service",
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
    }

    private JsonPath letterOf(String eventId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<Map<String, Object>> items = given().auth().oauth2(TestTokens.organizer()).get(LETTERS + "?limit=200")
                    .then().statusCode(200).extract().path("items");
            return items.stream().filter(d -> eventId.equals(d.get("eventId"))).findFirst()
                    .map(d -> given().auth().oauth2(TestTokens.organizer()).get(LETTERS + "/{id}", d.get("id"))
                            .then().statusCode(200).extract().jsonPath()).orElse(null);
        }, letter -> letter != null);
    }

    private UUID keep(String eventId, String payload, long offset) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO dead_letter (id, channel, topic, kafka_partition, kafka_offset, record_key, headers, payload,
                            event_id, event_type, reason, status, failed_at, created_at)
                        VALUES (:id, 'registration-events', :topic, 0, :offset, :key, CAST(:headers AS jsonb), :payload,
                            :eventId, :type, 'an older consumer could not read it', 'waiting', now(), now())""")
                .setParameter("id", id)
                .setParameter("topic", Topics.REGISTRATION)
                .setParameter("offset", offset)
                .setParameter("key", eventId)
                .setParameter("headers", "{\"ce_specversion\": \"1.0\", \"ce_id\": \"" + eventId + "\", \"ce_type\": \""
                        + RegistrationEvents.PARTICIPANT_REGISTERED.type() + "\", \"ce_source\": \"/registration-service\"}")
                .setParameter("payload", payload)
                .setParameter("eventId", eventId)
                .setParameter("type", RegistrationEvents.PARTICIPANT_REGISTERED.type())
                .executeUpdate());
        return id;
    }

    private boolean recipient(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.find(Recipient.class, id) != null);
    }

    private long notices(UUID recipient) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "SELECT count(n) FROM Notice n WHERE n.recipientId = :recipient", Long.class)
                .setParameter("recipient", recipient).getSingleResult());
    }
}
