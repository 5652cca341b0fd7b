package org.scorats.conference.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.scorats.conference.conventions.i18n.LocalizedText;
import org.scorats.conference.conventions.outbox.Outbox;
import org.scorats.conference.conventions.paging.NewestFirst;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.events.notification.AnnouncementSent;
import org.scorats.conference.events.notification.NotificationEvents;
import org.scorats.conference.notification.domain.Announcement;
import org.scorats.conference.notification.domain.ConferenceInfo;
import org.scorats.conference.notification.service.AnnouncementRequest.AnnouncementAudience;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organizers tell a chosen part of a conference's participants something, in their languages:
 * each person in the audience when it is sent gets it in their inbox and in their next mail, through
 * the same burst and retries as every other notice, and each organization among them hears of it
 * through an event, which reaches its partner's webhook if it subscribed (the partner may pass it on
 * in its own systems).
 */
@ApplicationScoped
public class Announcements {

    /** An announcement and how far it has reached its recipients. */
    public record Sent(Announcement announcement, AnnouncementDelivery delivery) {
    }

    /** Whom an announcement would reach now, in which languages, without sending it. */
    public record Preview(Announcement.Audience audience, int recipients, Map<String, Integer> recipientsByLanguage,
                          Map<String, String> fallbacks) {
    }

    private final EntityManager entityManager;
    private final Notices notices;
    private final Outbox outbox;
    private final Caller caller;

    Announcements(EntityManager entityManager, Notices notices, Outbox outbox, Caller caller) {
        this.entityManager = entityManager;
        this.notices = notices;
        this.outbox = outbox;
        this.caller = caller;
    }

    /** An announcement's audience as asked, and who is in it now: each one's id, language and organization. */
    private record Chosen(Announcement.Audience audience, List<Tuple> recipients) {
    }

    @Transactional
    public Sent send(String conferenceId, AnnouncementRequest request) {
        ConferenceInfo conference = conference(conferenceId);
        Chosen chosen = choose(conference, request);
        List<Tuple> recipients = chosen.recipients();
        if (recipients.isEmpty()) {
            throw ProblemException.unprocessable("empty-audience",
                    "No participant of this conference is in the audience; nothing was sent.");
        }
        Announcement a = new Announcement();
        a.id = UUID.randomUUID();
        a.conferenceId = conferenceId;
        a.subject = request.subject().toMap();
        a.text = request.text().toMap();
        a.audience = chosen.audience();
        a.recipients = recipients.size();
        a.recipientsByLanguage = byLanguage(recipients);
        a.sentBy = caller.subject();
        a.createdAt = StoredTime.now();
        entityManager.persist(a);
        notices.announce(a, recipients.stream().map(r -> r.get(0, UUID.class)).toList());
        publish(a, recipients, ZoneId.of(conference.timeZone));
        return new Sent(a, new AnnouncementDelivery(a.recipients, 0, 0, 0, 0));
    }

    /** The audience as it stands: checked as a send would be, nothing stored or sent. */
    @Transactional
    public Preview preview(String conferenceId, AnnouncementRequest request) {
        Chosen chosen = choose(conference(conferenceId), request);
        Map<String, Integer> byLanguage = byLanguage(chosen.recipients());
        return new Preview(chosen.audience(), chosen.recipients().size(), byLanguage,
                Announcement.fallbacks(request.text().toMap(), byLanguage.keySet()));
    }

    /** Checks the request as every send is checked, and finds who is in its audience. */
    private Chosen choose(ConferenceInfo conference, AnnouncementRequest request) {
        checkLanguages(request.subject(), request.text());
        Announcement.Audience audience = audience(request.audience());
        return new Chosen(audience, recipients(conference.conferenceId, audience));
    }

    /**
     * One event per organization among the recipients, naming only its own people, so that each
     * partner may learn what its delegation was told and no partner learns of another's people.
     */
    private void publish(Announcement a, List<Tuple> recipients, ZoneId zone) {
        Map<String, List<UUID>> byOrganization = recipients.stream().filter(r -> r.get(2, String.class) != null)
                .collect(Collectors.groupingBy(r -> r.get(2, String.class), TreeMap::new,
                        Collectors.mapping(r -> r.get(0, UUID.class), Collectors.toList())));
        OffsetDateTime sentAt = a.createdAt.atZone(zone).toOffsetDateTime();
        byOrganization.forEach((organization, people) -> outbox.publish(NotificationEvents.ANNOUNCEMENT_SENT,
                a.id.toString(), "announcements/" + a.id,
                new AnnouncementSent(a.id, a.conferenceId, organization, a.subject, a.text, people, sentAt)));
    }

    @Transactional
    public Page<Sent> page(String conferenceId, PageRequest request) {
        conference(conferenceId);
        Page<Announcement> page = NewestFirst.page(entityManager, Announcement.class, "conferenceId = :conference",
                Map.of("conference", conferenceId), request, a -> a.createdAt);
        Map<UUID, AnnouncementDelivery> delivery = delivery(page.items().stream().map(a -> a.id).toList());
        return page.map(a -> new Sent(a, delivery.getOrDefault(a.id, AnnouncementDelivery.NONE)));
    }

    @Transactional
    public Sent get(UUID id) {
        Announcement a = entityManager.find(Announcement.class, id);
        if (a == null) {
            throw ProblemException.notFound("Announcement", id);
        }
        return new Sent(a, delivery(List.of(id)).getOrDefault(id, AnnouncementDelivery.NONE));
    }

    private ConferenceInfo conference(String conferenceId) {
        ConferenceInfo conference = entityManager.find(ConferenceInfo.class, conferenceId);
        if (conference == null) {
            throw ProblemException.notFound("Conference", conferenceId);
        }
        return conference;
    }

    /**
     * A subject is a mail's subject line: one line, short. Subject and text come in the same
     * languages, so nobody reads a subject in one language over a text in another.
     */
    private static void checkLanguages(LocalizedText subject, LocalizedText text) {
        for (String language : subject.languages()) {
            String line = subject.get(language).orElseThrow();
            if (line.length() > AnnouncementRequest.SUBJECT_MAX) {
                throw ProblemException.invalidField("subject." + language,
                        "must be at most " + AnnouncementRequest.SUBJECT_MAX + " characters");
            }
            if (line.contains("\n") || line.contains("\r")) {
                throw ProblemException.invalidField("subject." + language, "must be one line");
            }
            if (text.get(language).isEmpty()) {
                throw ProblemException.invalidField("text." + language, "must be given, as the subject is in this language");
            }
        }
        for (String language : text.languages()) {
            if (subject.get(language).isEmpty()) {
                throw ProblemException.invalidField("subject." + language, "must be given, as the text is in this language");
            }
        }
    }

    private static Announcement.Audience audience(AnnouncementAudience given) {
        if (given == null) {
            return new Announcement.Audience(AnnouncementAudience.DEFAULT_STATUSES, List.of(), List.of(), null);
        }
        List<String> statuses = distinct(given.statuses());
        return new Announcement.Audience(statuses.isEmpty() ? AnnouncementAudience.DEFAULT_STATUSES : statuses,
                distinct(given.organizations()), distinct(given.roles()), given.attendance());
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().distinct().toList();
    }

    /** Each recipient's id, language and organization: registrations of the conference in the audience, not deleted. */
    private List<Tuple> recipients(String conferenceId, Announcement.Audience audience) {
        List<String> where = new ArrayList<>(List.of("r.conferenceId = :conference", "NOT r.deleted", "r.status IN :statuses"));
        Map<String, Object> parameters = new HashMap<>(Map.of("conference", conferenceId, "statuses", audience.statuses()));
        if (!audience.organizations().isEmpty()) {
            where.add("r.organizationCode IN :organizations");
            parameters.put("organizations", audience.organizations());
        }
        if (!audience.roles().isEmpty()) {
            where.add("r.role IN :roles");
            parameters.put("roles", audience.roles());
        }
        if (audience.attendance() != null) {
            where.add("r.attendance = :attendance");
            parameters.put("attendance", audience.attendance());
        }
        TypedQuery<Tuple> query = entityManager.createQuery("SELECT r.participantId, r.language, r.organizationCode FROM Recipient r WHERE "
                + String.join(" AND ", where) + " ORDER BY r.participantId", Tuple.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static Map<String, Integer> byLanguage(List<Tuple> recipients) {
        return recipients.stream().collect(Collectors.groupingBy(r -> r.get(1, String.class), TreeMap::new,
                Collectors.reducing(0, r -> 1, Integer::sum)));
    }

    /** How far each announcement's notices got: still to go out, sent, failing, given up, read in the inbox. */
    @SuppressWarnings("unchecked")
    private Map<UUID, AnnouncementDelivery> delivery(List<UUID> announcements) {
        if (announcements.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT n.event_id,
                               count(*) FILTER (WHERE m.status IS NULL OR m.status IN ('pending', 'sending')),
                               count(*) FILTER (WHERE m.status = 'sent'),
                               count(*) FILTER (WHERE m.status = 'failed'),
                               count(*) FILTER (WHERE m.status = 'dead'),
                               count(n.read_at)
                        FROM notice n LEFT JOIN mail_message m ON m.id = n.message_id
                        WHERE n.kind = 'announcement' AND n.event_id IN (:ids)
                        GROUP BY n.event_id""")
                .setParameter("ids", announcements.stream().map(UUID::toString).toList())
                .getResultList();
        Function<Object, Integer> count = value -> ((Number) value).intValue();
        return rows.stream().collect(Collectors.toMap(row -> UUID.fromString((String) row[0]),
                row -> new AnnouncementDelivery(count.apply(row[1]), count.apply(row[2]), count.apply(row[3]),
                        count.apply(row[4]), count.apply(row[5]))));
    }
}
