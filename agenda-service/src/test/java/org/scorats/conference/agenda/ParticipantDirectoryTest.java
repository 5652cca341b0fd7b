package org.scorats.conference.agenda;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.scorats.conference.agenda.domain.DirectoryEntry;
import org.scorats.conference.conventions.Redelivery;
import org.scorats.conference.conventions.TopicReader;
import org.scorats.conference.conventions.outbox.Outbox;
import org.scorats.conference.events.EventType;
import org.scorats.conference.events.Topics;
import org.scorats.conference.events.registration.ParticipantEvent;
import org.scorats.conference.events.registration.ParticipantSnapshot;
import org.scorats.conference.events.registration.RegistrationEvents;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Registration events from the real broker keep the participant directory; a redelivered event
 * has no second effect. The events travel the way registration-service sends them: through an
 * outbox and its relay, here this service's own.
 */
@QuarkusTest
class ParticipantDirectoryTest {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Test
    void registrationEventsKeepTheDirectoryAndARedeliveryChangesNothing() {
        UUID id = UUID.randomUUID();
        publish(RegistrationEvents.PARTICIPANT_REGISTERED, participant(id, "Алишер", "submitted", 0));
        awaitEntry(id, "submitted");
        publish(RegistrationEvents.PARTICIPANT_UPDATED, participant(id, "Алишер Бахтиёрович", "submitted", 1));
        awaitEntry(id, "submitted", "Алишер Бахтиёрович");

        // the registration event arrives again, after the update: applied again, it would turn the name back
        try (TopicReader reader = new TopicReader(Topics.REGISTRATION)) {
            var redelivered = Redelivery.resend(reader.readKeyUntil(id.toString(), r -> true, Duration.ofSeconds(30)).get(0));
            Redelivery.awaitConsumed("agenda-service", redelivered);
        }

        DirectoryEntry entry = find(id);
        assertThat(entry.givenName).isEqualTo("Алишер Бахтиёрович");
        assertThat(entry.familyNameLatin).isEqualTo("Karimov");
        assertThat(entry.version).isEqualTo(1);
    }

    @Test
    void aDeletionIsKeptAsDeleted() {
        UUID id = UUID.randomUUID();
        publish(RegistrationEvents.PARTICIPANT_REGISTERED, participant(id, "伟", "submitted", 0));
        publish(RegistrationEvents.PARTICIPANT_DELETED, participant(id, "伟", "submitted", 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> find(id) != null && find(id).deleted);
        assertThat(find(id).givenName).isEqualTo("伟");
    }

    private void publish(EventType<ParticipantEvent> type, ParticipantSnapshot participant) {
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(type, participant.id().toString(),
                "participants/" + participant.id(), new ParticipantEvent(participant, "submitted", null, List.of())));
    }

    private DirectoryEntry awaitEntry(UUID id, String status) {
        return awaitEntry(id, status, null);
    }

    private DirectoryEntry awaitEntry(UUID id, String status, String givenName) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            DirectoryEntry entry = find(id);
            return entry != null && entry.status.equals(status) && (givenName == null || entry.givenName.equals(givenName));
        });
        return find(id);
    }

    private DirectoryEntry find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.find(DirectoryEntry.class, id));
    }

    private static ParticipantSnapshot participant(UUID id, String givenName, String status, long version) {
        return new ParticipantSnapshot(id, "sco-rats-2024", UUID.randomUUID(), "UZ", null, givenName, "Каримов",
                "Alisher", "Karimov", "a.karimov@example.org", "ru", "speaker", "in-person", status, true, version);
    }
}
