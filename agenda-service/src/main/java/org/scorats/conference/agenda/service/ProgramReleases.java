package org.scorats.conference.agenda.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.scorats.conference.agenda.domain.ConferenceCalendar;
import org.scorats.conference.agenda.domain.ProgramDocument;
import org.scorats.conference.agenda.domain.ProgramRelease;
import org.scorats.conference.agenda.messaging.AgendaEventPublisher;
import org.scorats.conference.agenda.repository.CalendarRepository;
import org.scorats.conference.agenda.repository.ReleaseRepository;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.conventions.problem.FieldErrors;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.events.agenda.ProgramChange;
import org.scorats.conference.events.agenda.ProgramPublished;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Publishing: the draft frozen as the next numbered release, compared with the one before, and
 * announced with every change and the people each concerns. The public only ever reads releases.
 */
@ApplicationScoped
public class ProgramReleases {

    private final CalendarRepository calendars;
    private final ReleaseRepository releases;
    private final ProgramDrafts drafts;
    private final ScheduleRules rules;
    private final EntityManager entityManager;
    private final AgendaEventPublisher events;
    private final Caller caller;
    private final ObjectMapper json;
    /**
     * Published releases never change, so each is parsed once and kept: a public read then costs
     * one query for the latest number. A conference has a handful of releases; nothing to evict.
     */
    private final Map<ProgramRelease.Key, ProgramDocument> parsed = new ConcurrentHashMap<>();

    ProgramReleases(CalendarRepository calendars, ReleaseRepository releases, ProgramDrafts drafts, ScheduleRules rules,
                    EntityManager entityManager, AgendaEventPublisher events, Caller caller, ObjectMapper json) {
        this.calendars = calendars;
        this.releases = releases;
        this.drafts = drafts;
        this.rules = rules;
        this.entityManager = entityManager;
        this.events = events;
        this.caller = caller;
        this.json = json;
    }

    @Transactional
    public ProgramRelease publish(String conferenceId, String comment) {
        ConferenceCalendar calendar = calendars.require(conferenceId);
        // Releases of one conference are numbered one at a time.
        entityManager.lock(calendar, LockModeType.PESSIMISTIC_WRITE);
        rules.checkPublishable(calendar);
        Optional<ProgramRelease> previous = releases.latest(conferenceId);
        int number = previous.map(r -> r.key.number + 1).orElse(1);
        Instant now = StoredTime.now();
        ProgramDocument document = drafts.freeze(calendar, number, now, comment);
        ProgramDocument older = previous.map(this::document).orElse(null);
        List<ProgramChange> changes = concerning(ProgramDiff.between(older, document), older, document);

        ProgramRelease release = new ProgramRelease();
        release.key = new ProgramRelease.Key(conferenceId, number);
        release.comment = comment;
        release.program = write(document);
        release.publishedAt = now;
        release.publishedBy = caller.subject();
        releases.persist(release);

        Set<UUID> affected = new LinkedHashSet<>();
        changes.forEach(c -> affected.addAll(c.affectedParticipantIds()));
        events.published(new ProgramPublished(conferenceId, number, previous.map(r -> r.key.number).orElse(null), comment,
                now.atZone(calendar.zone()).toOffsetDateTime(), changes, List.copyOf(affected)));
        return release;
    }

    /** A release's record: who published it when, with what comment. */
    @Transactional
    public ProgramRelease release(String conferenceId, int number) {
        return releases.require(conferenceId, number);
    }

    /** The changes from release {@code from} to release {@code to}, either way round. */
    @Transactional
    public List<ProgramChange> changes(String conferenceId, int from, int to) {
        new FieldErrors().check(from != to, "from", "must differ from to").throwIfAny();
        ProgramDocument older = document(releases.require(conferenceId, from));
        ProgramDocument newer = document(releases.require(conferenceId, to));
        return concerning(ProgramDiff.between(older, newer), older, newer);
    }

    public ProgramDocument document(ProgramRelease release) {
        return parsed.computeIfAbsent(release.key, key -> read(release));
    }

    /** A published release by number; read from the database once per instance. */
    public ProgramDocument published(String conferenceId, int number) {
        return parsed.computeIfAbsent(new ProgramRelease.Key(conferenceId, number), key -> read(releases.require(conferenceId, number)));
    }

    private ProgramDocument read(ProgramRelease release) {
        try {
            return json.readValue(release.program, ProgramDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Release " + release.key.number + " cannot be read", e);
        }
    }

    /** Each change with the participants it concerns: its speakers and chairs, and who marked its session. */
    private List<ProgramChange> concerning(List<ProgramChange> changes, ProgramDocument older, ProgramDocument newer) {
        Map<UUID, UUID> participantOfSpeaker = new java.util.HashMap<>();
        for (ProgramDocument document : new ProgramDocument[] {older, newer}) {
            if (document != null) {
                document.speakers().stream().filter(s -> s.participantId() != null)
                        .forEach(s -> participantOfSpeaker.put(s.id(), s.participantId()));
            }
        }
        List<ProgramChange> concerning = new ArrayList<>(changes.size());
        for (ProgramChange change : changes) {
            Set<UUID> participants = new LinkedHashSet<>();
            ProgramDiff.speakersOf(change, older, newer).stream()
                    .map(participantOfSpeaker::get).filter(java.util.Objects::nonNull).forEach(participants::add);
            participants.addAll(markedBy(change.sessionId()));
            List<UUID> assigned = change.speakersAdded().stream()
                    .map(participantOfSpeaker::get).filter(java.util.Objects::nonNull).toList();
            concerning.add(new ProgramChange(change.kind(), change.item(), change.id(), change.sessionId(), change.title(),
                    change.before(), change.after(), change.speakersAdded(), change.speakersRemoved(), assigned,
                    List.copyOf(participants)));
        }
        return concerning;
    }

    @SuppressWarnings("unchecked")
    private List<UUID> markedBy(UUID sessionId) {
        return entityManager.createNativeQuery("""
                        SELECT DISTINCT d.participant_id FROM agenda_mark m
                        JOIN participant_directory d ON d.account_subject = m.account_subject AND d.conference_id = m.conference_id
                        WHERE m.session_id = :session AND NOT d.deleted""", UUID.class)
                .setParameter("session", sessionId)
                .getResultList();
    }

    private String write(ProgramDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The program cannot be written", e);
        }
    }
}
