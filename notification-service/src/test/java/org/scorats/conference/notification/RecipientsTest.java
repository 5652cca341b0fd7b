package org.scorats.conference.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.Redelivery;
import org.scorats.conference.conventions.TopicReader;
import org.scorats.conference.conventions.outbox.Outbox;
import org.scorats.conference.events.EventType;
import org.scorats.conference.events.Topics;
import org.scorats.conference.events.registration.ParticipantEvent;
import org.scorats.conference.events.registration.ParticipantSnapshot;
import org.scorats.conference.events.registration.RegistrationEvents;
import org.scorats.conference.notification.domain.Recipient;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Registration events from the real broker keep the recipients; a redelivered event has no second
 * effect. The events travel through an outbox and its relay, as registration-service sends them.
 */
@QuarkusTest
class RecipientsTest {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Test
    void aChangedLanguageSticksWhenAnOlderEventIsDeliveredAgain() {
        UUID id = UUID.randomUUID();
        publish(RegistrationEvents.PARTICIPANT_REGISTERED, participant(id, "ru", "a.karimov@example.org"));
        publish(RegistrationEvents.PARTICIPANT_UPDATED, participant(id, "zh", "karimov@example.org"));
        await().atMost(Duration.ofSeconds(30)).until(() -> find(id) != null && find(id).language.equals("zh"));

        try (TopicReader reader = new TopicReader(Topics.REGISTRATION)) {
            var redelivered = Redelivery.resend(reader.readKeyUntil(id.toString(), r -> true, Duration.ofSeconds(30)).get(0));
            Redelivery.awaitConsumed("notification-service", redelivered);
        }

        Recipient recipient = find(id);
        assertThat(recipient.language).isEqualTo("zh");
        assertThat(recipient.email).isEqualTo("karimov@example.org");
        assertThat(recipient.familyName).isEqualTo("Каримов");
        assertThat(recipient.organizationCode).isEqualTo("UZ");
    }

    private void publish(EventType<ParticipantEvent> type, ParticipantSnapshot participant) {
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(type, participant.id().toString(),
                "participants/" + participant.id(), new ParticipantEvent(participant, "submitted", null, List.of())));
    }

    private Recipient find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.find(Recipient.class, id));
    }

    private static ParticipantSnapshot participant(UUID id, String language, String email) {
        return new ParticipantSnapshot(id, "sco-rats-2024", UUID.randomUUID(), "UZ", null, "Алишер", "Каримов",
                "Alisher", "Karimov", email, language, "delegate", "in-person", "submitted", false, 0);
    }
}
