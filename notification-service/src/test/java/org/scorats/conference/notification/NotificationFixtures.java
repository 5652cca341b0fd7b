package org.scorats.conference.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.scorats.conference.conventions.outbox.Outbox;
import org.scorats.conference.devinfra.SmtpServer.ReceivedMail;
import org.scorats.conference.devinfra.testing.MailCatcher;
import org.scorats.conference.devinfra.testing.SharedServers;
import org.scorats.conference.events.EventType;
import org.scorats.conference.events.agenda.AgendaEvents;
import org.scorats.conference.events.agenda.ProgramChange;
import org.scorats.conference.events.agenda.ProgramPublished;
import org.scorats.conference.events.registration.ArrivalChange;
import org.scorats.conference.events.registration.ConferenceEvent;
import org.scorats.conference.events.registration.CertificateRevoked;
import org.scorats.conference.events.registration.ConferenceRescheduled;
import org.scorats.conference.events.registration.ConferenceSnapshot;
import org.scorats.conference.events.registration.ParticipantEvent;
import org.scorats.conference.events.registration.ParticipantSnapshot;
import org.scorats.conference.events.registration.RegistrationEvents;
import org.scorats.conference.events.registration.VisaLetterEvent;
import org.scorats.conference.notification.domain.ConferenceInfo;
import org.scorats.conference.notification.domain.Recipient;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events as registration-service and agenda-service send them, on the real broker (through this
 * service's own outbox and relay), for notification tests to react to.
 */
@ApplicationScoped
public class NotificationFixtures {

    /** A participant as the tests know them. */
    public record Person(UUID id, String conferenceId, String organization, String accountSubject, String email,
                         String language, String givenName, String familyName) {
    }

    private final Outbox outbox;
    private final EntityManager entityManager;

    NotificationFixtures(Outbox outbox, EntityManager entityManager) {
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    public String conference() {
        String id = "conf-" + UUID.randomUUID().toString().substring(0, 8);
        var snapshot = new ConferenceSnapshot(id, Map.of("en", "10th Conference of SCO RATS",
                        "ru", "X конференция РАТС ШОС", "zh", "上合组织地区反恐怖机构第十届会议"),
                LocalDate.parse("2024-09-04"), LocalDate.parse("2024-09-05"), "Asia/Tashkent",
                Map.of("en", "22 Durmon Yo'li, Tashkent", "ru", "Ташкент, ул. Дурмон йули, 22"), List.of("en", "zh", "ru"), 200,
                OffsetDateTime.parse("2024-09-03T23:59:00+05:00"),
                new ConferenceSnapshot.Contacts("+998 78 120 43 66", "conference@example.org", List.of(
                        new ConferenceSnapshot.EmergencyNumber("fire", "101"), new ConferenceSnapshot.EmergencyNumber("police", "102"),
                        new ConferenceSnapshot.EmergencyNumber("ambulance", "103"),
                        new ConferenceSnapshot.EmergencyNumber("emergency", "105"))), 0);
        publish(RegistrationEvents.CONFERENCE_CREATED, id, new ConferenceEvent(snapshot));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> entityManager.find(ConferenceInfo.class, id) != null));
        return id;
    }

    public Person person(String conferenceId, String organization, String language, String givenName, String familyName) {
        UUID id = UUID.randomUUID();
        return new Person(id, conferenceId, organization, "delegate-" + id,
                "p-" + id.toString().substring(0, 8) + "@example.org", language, givenName, familyName);
    }

    /** @return the event id */
    public UUID registration(EventType<ParticipantEvent> type, Person p, String status, String previousStatus, String reason) {
        return publish(type, p.id().toString(), registration(p, status, previousStatus, reason));
    }

    /** The payload of a registration event about {@code p}. */
    public static ParticipantEvent registration(Person p, String status, String previousStatus, String reason) {
        return registration(p, status, previousStatus, reason, "delegate", "in-person");
    }

    private static ParticipantEvent registration(Person p, String status, String previousStatus, String reason, String role,
                                                 String attendance) {
        var snapshot = new ParticipantSnapshot(p.id(), p.conferenceId(), UUID.randomUUID(), p.organization(), null,
                p.accountSubject(), p.givenName(), p.familyName(), "Latin", "Name", p.email(), p.language(), role,
                attendance, status, true, 0);
        return new ParticipantEvent(snapshot, previousStatus, reason, List.of());
    }

    /** An approved person's flight moved, as registration-service tells it. @return the event id */
    public UUID arrivalChanged(Person p, String referenceBefore, String referenceAfter, OffsetDateTime after) {
        return publish(RegistrationEvents.PARTICIPANT_ARRIVAL_CHANGED, p.id().toString(), new ArrivalChange(p.id(),
                p.conferenceId(), p.organization(), p.givenName(), p.familyName(), "Latin", "Name", "approved",
                new ArrivalChange.Arrival(OffsetDateTime.parse("2024-09-03T18:40:00+05:00"), "flight", referenceBefore),
                new ArrivalChange.Arrival(after, "flight", referenceAfter), false, 3));
    }

    /** An invitation letter issued to {@code p}, as registration-service tells it. @return the event id */
    public UUID visaLetterIssued(Person p, String reference) {
        return publish(RegistrationEvents.VISA_LETTER_ISSUED, p.id().toString(), new VisaLetterEvent(UUID.randomUUID(), p.id(),
                p.conferenceId(), p.organization(), reference, "issued", p.language(), null, null, 1));
    }

    /** The conference moved a week later, as registration-service tells it (without its conference.updated). */
    public UUID conferenceMovedAWeek(String conferenceId) {
        return publish(RegistrationEvents.CONFERENCE_RESCHEDULED, conferenceId, new ConferenceRescheduled(conferenceId,
                LocalDate.parse("2024-09-04"), LocalDate.parse("2024-09-05"), "Asia/Tashkent",
                LocalDate.parse("2024-09-11"), LocalDate.parse("2024-09-12"), "Asia/Tashkent", 1));
    }

    /**
     * That letter revoked, as registration-service tells it: by an organizer ({@code reasonCode}
     * null) or by the platform. @return the event id
     */
    public UUID visaLetterRevoked(Person p, String reference, String reason, String reasonCode) {
        return publish(RegistrationEvents.VISA_LETTER_REVOKED, p.id().toString(), new VisaLetterEvent(UUID.randomUUID(), p.id(),
                p.conferenceId(), p.organization(), reference, "revoked", p.language(), reason, reasonCode, 2));
    }

    /**
     * A certificate of attendance revoked, as registration-service tells it: by an organizer
     * ({@code reasonCode} null) or by the platform. @return the event id
     */
    public UUID certificateRevoked(Person p, String reference, String reason, String reasonCode) {
        return publish(RegistrationEvents.CERTIFICATE_REVOKED, p.id().toString(), new CertificateRevoked(reference, p.id(),
                p.conferenceId(), p.organization(), reason, reasonCode));
    }

    /** A request for a letter refused, as registration-service tells it. @return the event id */
    public UUID visaLetterRefused(Person p, String reason, String reasonCode) {
        return publish(RegistrationEvents.VISA_LETTER_REFUSED, p.id().toString(), new VisaLetterEvent(UUID.randomUUID(), p.id(),
                p.conferenceId(), p.organization(), null, "refused", p.language(), reason, reasonCode, 1));
    }

    /**
     * Makes the person a known recipient in {@code status} without telling them anything (an update
     * is no news), and waits until this service has taken it in.
     */
    public void known(Person p, String status) {
        known(p, status, "delegate", "in-person");
    }

    /** As {@link #known(Person, String)}, coming as {@code role}, {@code in-person} or {@code remote}. */
    public void known(Person p, String status, String role, String attendance) {
        publish(RegistrationEvents.PARTICIPANT_UPDATED, p.id().toString(), registration(p, status, status, null, role, attendance));
        awaitConsumed(p);
    }

    /** Waits until this service has taken in the person's latest registration event. */
    public void awaitConsumed(Person p) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> entityManager.find(Recipient.class, p.id()) != null));
    }

    /** The one mail that reached {@code person}, once it has; a second one fails the test. */
    public static ReceivedMail onlyMailTo(Person person) {
        MailCatcher smtp = SharedServers.smtp();
        await().atMost(Duration.ofSeconds(90)).until(() -> !smtp.to(person.email()).isEmpty());
        List<ReceivedMail> mails = smtp.to(person.email());
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    public UUID release(String conferenceId, int number, List<ProgramChange> changes, List<UUID> affected) {
        return publish(AgendaEvents.PROGRAM_PUBLISHED, conferenceId, new ProgramPublished(conferenceId, number,
                number == 1 ? null : number - 1, "Release " + number, OffsetDateTime.now(), changes, affected));
    }

    private <P> UUID publish(EventType<P> type, String key, P payload) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.publish(type, key, "tests/" + key, payload));
    }
}
