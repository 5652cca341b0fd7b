package org.scorats.conference.notification.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.scorats.conference.conventions.inbox.IncomingEvent;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.events.agenda.ProgramChange;
import org.scorats.conference.events.agenda.ProgramPublished;
import org.scorats.conference.notification.domain.DeliveryStatus;
import org.scorats.conference.notification.domain.Recipient;
import org.scorats.conference.notification.domain.WebhookDelivery;
import org.scorats.conference.notification.repository.WebhookSubscriptionRepository;
import org.scorats.conference.notification.repository.WebhookSubscriptionRepository.Subscriber;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Who receives what: each event becomes a delivery for every active subscription of its audience
 * that wants its type. An organization's events go only to that organization's partner; conference
 * events and published program releases, which are public, to every subscriber, a release naming
 * only the receiver's own people among those it concerns. Edits of the unpublished draft go to nobody.
 */
@ApplicationScoped
public class WebhookRouting {

    /** The partners an event may go to: one organization's, or everyone's for public events. */
    public record Audience(String organizationCode) {

        public static final Audience EVERYONE = new Audience(null);

        public static Audience of(String organizationCode) {
            return new Audience(organizationCode);
        }
    }

    private final EntityManager entityManager;
    private final WebhookSubscriptionRepository subscriptions;
    private final ObjectMapper json;
    private final WebhookQueue queue;

    WebhookRouting(EntityManager entityManager, WebhookSubscriptionRepository subscriptions, ObjectMapper json, WebhookQueue queue) {
        this.entityManager = entityManager;
        this.subscriptions = subscriptions;
        this.json = json;
        this.queue = queue;
    }

    /** Queues the event for its subscribers; call in the consumer's transaction, which sends them once it commits. */
    public void fanOut(IncomingEvent event, Audience audience) {
        String body = CloudEventEnvelope.of(event, json);
        fanOut(event, audience, subscription -> body);
    }

    /**
     * Queues a program release for every subscriber. The people a release concerns (whose talk moved,
     * who marked a session) are named to each partner only if they are its organization's.
     */
    public void fanOutRelease(IncomingEvent event, ProgramPublished release) {
        Set<UUID> people = new HashSet<>(release.affectedParticipantIds());
        release.changes().forEach(change -> {
            people.addAll(listOrEmpty(change.assignedParticipantIds()));
            people.addAll(listOrEmpty(change.affectedParticipantIds()));
        });
        Map<UUID, String> organizationOf = people.isEmpty() ? Map.of() : entityManager
                .createQuery("FROM Recipient WHERE participantId IN :people", Recipient.class)
                .setParameter("people", people)
                .getResultStream()
                .collect(Collectors.toMap(r -> r.participantId, r -> r.organizationCode));
        fanOut(event, Audience.EVERYONE, subscription -> CloudEventEnvelope.of(event, json.valueToTree(
                visibleTo(release, id -> subscription.organizationCode().equals(organizationOf.get(id)))), json));
    }

    static ProgramPublished visibleTo(ProgramPublished release, Predicate<UUID> own) {
        List<ProgramChange> changes = release.changes().stream().map(c -> new ProgramChange(c.kind(), c.item(), c.id(),
                c.sessionId(), c.title(), c.before(), c.after(), c.speakersAdded(), c.speakersRemoved(),
                only(c.assignedParticipantIds(), own), only(c.affectedParticipantIds(), own))).toList();
        return new ProgramPublished(release.conferenceId(), release.release(), release.previousRelease(), release.comment(),
                release.publishedAt(), changes, only(release.affectedParticipantIds(), own));
    }

    private static List<UUID> only(List<UUID> ids, Predicate<UUID> own) {
        return listOrEmpty(ids).stream().filter(own).toList();
    }

    private static List<UUID> listOrEmpty(List<UUID> ids) {
        return ids == null ? List.of() : ids;
    }

    private void fanOut(IncomingEvent event, Audience audience, Function<Subscriber, String> bodyFor) {
        List<Subscriber> subscribers = subscriptions.subscribers(event.type(), audience.organizationCode());
        if (subscribers.isEmpty()) {
            return;
        }
        for (Subscriber subscription : subscribers) {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.id = UUID.randomUUID();
            delivery.subscriptionId = subscription.id();
            delivery.organizationCode = subscription.organizationCode();
            delivery.eventId = event.id();
            delivery.eventType = event.type();
            delivery.body = bodyFor.apply(subscription);
            delivery.status = DeliveryStatus.PENDING;
            delivery.nextAttemptAt = StoredTime.now();
            delivery.createdAt = delivery.nextAttemptAt;
            entityManager.persist(delivery);
        }
        queue.wakeAfterCommit();
    }
}
