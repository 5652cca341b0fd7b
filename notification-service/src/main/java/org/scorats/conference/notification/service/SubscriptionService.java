package org.scorats.conference.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.scorats.conference.conventions.http.EntityVersions;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.conventions.problem.FieldErrors;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.events.EventCatalogue;
import org.scorats.conference.events.agenda.AgendaEvents;
import org.scorats.conference.notification.config.WebhookConfig;
import org.scorats.conference.notification.domain.WebhookSubscription;
import org.scorats.conference.notification.repository.WebhookSubscriptionRepository;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Partner organizations register where their events go; organizers see and manage all subscriptions. */
@ApplicationScoped
@Transactional
public class SubscriptionService {

    /** A subscription and, when we made it, the secret, which is shown this once. */
    public record Created(WebhookSubscription subscription, String generatedSecret) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookUrlPolicy urls;
    private final Caller caller;
    private final WebhookConfig config;

    SubscriptionService(WebhookSubscriptionRepository subscriptions, WebhookUrlPolicy urls, Caller caller, WebhookConfig config) {
        this.config = config;
        this.subscriptions = subscriptions;
        this.urls = urls;
        this.caller = caller;
    }

    private static boolean isDraftEdit(String type) {
        return AgendaEvents.ALL.stream().anyMatch(t -> t.type().equals(type)) && !AgendaEvents.PROGRAM_PUBLISHED.type().equals(type);
    }

    public Created create(SubscriptionRequest request) {
        String organization = organizationFor(request.organizationCode());
        FieldErrors errors = new FieldErrors();
        checkEventTypes(errors, request.eventTypes());
        checkSecret(errors, request.secret());
        errors.throwIfAny();
        urls.check(request.url());

        String generated = request.secret() == null ? newSecret() : null;
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.organizationCode = organization;
        subscription.url = request.url();
        subscription.eventTypes = List.copyOf(request.eventTypes());
        subscription.secret = generated != null ? generated : request.secret();
        subscription.active = true;
        subscription.createdAt = StoredTime.now();
        subscription.updatedAt = subscription.createdAt;
        subscriptions.persist(subscription);
        return new Created(subscription, generated);
    }

    /**
     * A new signing secret (generated when none is given, and then shown this once); the one it
     * replaces keeps signing beside it for the configured overlap.
     */
    public Created rotateSecret(UUID id, SecretRotation rotation) {
        FieldErrors errors = new FieldErrors();
        checkSecret(errors, rotation.secret());
        errors.throwIfAny();
        WebhookSubscription subscription = get(id);
        String generated = rotation.secret() == null ? newSecret() : null;
        Instant now = StoredTime.now();
        subscription.rotateSecret(generated != null ? generated : rotation.secret(), now.plus(config.secretOverlap()));
        subscription.updatedAt = now;
        return new Created(subscription, generated);
    }

    /**
     * Replaces the URL and the event types, and switches deliveries off or on. Switched on again
     * (after a 410 Gone, or after the partner switched it off), it starts afresh: no failures
     * counted, no pause. Events published while it was off are not sent later.
     */
    public WebhookSubscription update(UUID id, SubscriptionUpdate update, String ifMatch) {
        FieldErrors errors = new FieldErrors();
        checkEventTypes(errors, update.eventTypes());
        errors.throwIfAny();
        urls.check(update.url());
        WebhookSubscription subscription = get(id);
        EntityVersions.requireMatch(ifMatch, subscription.version);
        if (update.active() && !subscription.active) {
            subscription.consecutiveFailures = 0;
            subscription.pausedUntil = null;
        }
        subscription.url = update.url();
        subscription.eventTypes = List.copyOf(update.eventTypes());
        subscription.active = update.active();
        subscription.updatedAt = StoredTime.now();
        return subscription;
    }

    private static void checkEventTypes(FieldErrors errors, List<String> eventTypes) {
        for (int i = 0; i < eventTypes.size(); i++) {
            String type = eventTypes.get(i);
            errors.check(EventCatalogue.byType(type).isPresent(), "eventTypes[" + i + "]",
                    "is not an event type of the catalogue: " + type);
            errors.check(!isDraftEdit(type), "eventTypes[" + i + "]", "is an edit of the unpublished program, which stays "
                    + "with the organizers; subscribe to " + AgendaEvents.PROGRAM_PUBLISHED.type() + " instead");
        }
        errors.checkDistinct(eventTypes, "eventTypes", "must not repeat a type");
    }

    private static void checkSecret(FieldErrors errors, String secret) {
        errors.check(secret == null || WebhookSignature.isValidSecret(secret), "secret",
                "must be whsec_ followed by at least 24 bytes in standard base64");
    }

    public WebhookSubscription get(UUID id) {
        WebhookSubscription subscription = subscriptions.require(id);
        if (!caller.isOrganizer() && !caller.organization().filter(subscription.organizationCode::equals).isPresent()) {
            throw ProblemException.notFound("Webhook subscription", id); // another organization's: not even confirmed
        }
        return subscription;
    }

    public Page<WebhookSubscription> page(PageRequest request) {
        return subscriptions.page(caller.isOrganizer() ? null : caller.organization().orElse(""), request);
    }

    public void delete(UUID id) {
        subscriptions.delete(get(id));
    }

    private String organizationFor(String requested) {
        if (caller.isOrganizer()) {
            new FieldErrors().check(requested != null, "organizationCode", "must be given by organizers").throwIfAny();
            return requested;
        }
        String own = caller.organization().orElseThrow(() ->
                ProblemException.forbidden("The partner token names no organization (claim 'organization')"));
        if (requested != null && !requested.equals(own)) {
            throw ProblemException.forbidden("Partners subscribe only for their own organization");
        }
        return own;
    }

    private static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
