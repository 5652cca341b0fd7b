package org.scorats.conference.conventions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.outbox.Outbox;
import org.scorats.conference.conventions.projection.ParticipantProjection;
import org.scorats.conference.events.CloudEventHeaders;
import org.scorats.conference.events.EventType;
import org.scorats.conference.events.Topics;
import org.scorats.conference.events.registration.ParticipantEvent;
import org.scorats.conference.events.registration.ParticipantSnapshot;
import org.scorats.conference.events.registration.RegistrationEvents;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service's participant projection follows registration events from the real broker, and a
 * redelivered event has no second effect. The events travel as registration-service sends them:
 * through an outbox and its relay (here the service's own). Extend it in a {@code @QuarkusTest}.
 */
public abstract class ParticipantProjectionContract {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    protected abstract Class<? extends ParticipantProjection> projection();

    @Test
    void anOlderEventDeliveredAgainDoesNotUndoANewerOne() {
        UUID id = UUID.randomUUID();
        publish(RegistrationEvents.PARTICIPANT_REGISTERED, participant(id, "Алишер", "ru", 0));
        publish(RegistrationEvents.PARTICIPANT_UPDATED, participant(id, "Алишер Бахтиёрович", "zh", 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> find(id) != null && find(id).version() == 1);

        // applied a second time, the registration would turn name and language back
        try (TopicReader reader = new TopicReader(Topics.REGISTRATION)) {
            var redelivered = Redelivery.resend(reader.readKeyUntil(id.toString(), r -> true, Duration.ofSeconds(30)).get(0));
            Redelivery.awaitConsumed(groupId(), redelivered);
        }

        assertThat(find(id)).isEqualTo(new Row("Алишер Бахтиёрович", "Каримов", "Karimov", "zh", "UZ", 1, false));
    }

    @Test
    void snapshotsArrivingOutOfOrderLeaveTheNewest() {
        UUID id = UUID.randomUUID();
        publish(RegistrationEvents.PARTICIPANT_UPDATED, participant(id, "Версия 3", "ru", 3));
        publish(RegistrationEvents.PARTICIPANT_UPDATED, participant(id, "Версия 1", "en", 1));
        publish(RegistrationEvents.PARTICIPANT_UPDATED, participant(id, "Версия 2", "zh", 2));
        try (TopicReader reader = new TopicReader(Topics.REGISTRATION)) {
            var records = reader.readKeyUntil(id.toString(), r -> r.value().contains("Версия 2"), Duration.ofSeconds(30));
            Redelivery.awaitConsumed(groupId(), records.get(records.size() - 1));
        }
        assertThat(find(id)).isEqualTo(new Row("Версия 3", "Каримов", "Karimov", "ru", "UZ", 3, false));
    }

    @Test
    void anEventWithFieldsThisConsumerDoesNotKnowIsAppliedAllTheSame() {
        UUID id = UUID.randomUUID();
        // What a newer registration-service might send: a field added to the snapshot and to the event.
        String value = """
                {"participant": {"id": "%s", "conferenceId": "sco-rats-2024", "delegationId": "%s",
                 "organizationCode": "UZ", "externalId": null, "accountSubject": "delegate-%s",
                 "givenName": "Нодира", "familyName": "Каримова", "givenNameLatin": "Nodira", "familyNameLatin": "Karimova",
                 "email": "n.karimova@example.org", "language": "ru", "role": "delegate", "attendance": "in-person",
                 "status": "submitted", "listedPublicly": true, "version": 0, "badgeColour": "blue"},
                 "previousStatus": "submitted", "reason": null, "changedFields": [], "channel": "kiosk"}"""
                .formatted(id, UUID.randomUUID(), id);
        var sent = Redelivery.send(Topics.REGISTRATION, id.toString(), Map.of(
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE, CloudEventHeaders.ID, UUID.randomUUID().toString(),
                CloudEventHeaders.TYPE, RegistrationEvents.PARTICIPANT_REGISTERED.type(),
                CloudEventHeaders.SOURCE, "/registration-service", CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON), value);
        Redelivery.awaitConsumed(groupId(), sent);
        assertThat(find(id)).isEqualTo(new Row("Нодира", "Каримова", "Karimova", "ru", "UZ", 0, false));
    }

    @Test
    void aDeletionIsKeptAsDeleted() {
        UUID id = UUID.randomUUID();
        publish(RegistrationEvents.PARTICIPANT_REGISTERED, participant(id, "伟", "zh", 0));
        publish(RegistrationEvents.PARTICIPANT_DELETED, participant(id, "伟", "zh", 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> find(id) != null && find(id).deleted());
        assertThat(find(id).givenName()).isEqualTo("伟");
    }

    private static String groupId() {
        return ConfigProvider.getConfig().getValue("mp.messaging.incoming.registration-events.group.id", String.class);
    }

    private void publish(EventType<ParticipantEvent> type, ParticipantSnapshot participant) {
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(type, participant.id().toString(),
                "participants/" + participant.id(), new ParticipantEvent(participant, "submitted", null, List.of())));
    }

    /** What a row holds, read by query: Quarkus turns entity fields into accessors only inside the application. */
    record Row(String givenName, String familyName, String familyNameLatin, String language, String organizationCode,
               long version, boolean deleted) {
    }

    private Row find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery("""
                        SELECT p.givenName, p.familyName, p.familyNameLatin, p.language, p.organizationCode, p.version, p.deleted
                        FROM %s p WHERE p.participantId = :id""".formatted(projection().getSimpleName()), Object[].class)
                .setParameter("id", id)
                .getResultStream()
                .map(r -> new Row((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (Long) r[5], (Boolean) r[6]))
                .findFirst().orElse(null));
    }

    private static ParticipantSnapshot participant(UUID id, String givenName, String language, long version) {
        return new ParticipantSnapshot(id, "sco-rats-2024", UUID.randomUUID(), "UZ", null, "delegate-" + id, givenName, "Каримов",
                "Alisher", "Karimov", "a.karimov@example.org", language, "speaker", "in-person", "submitted", true, version);
    }
}
