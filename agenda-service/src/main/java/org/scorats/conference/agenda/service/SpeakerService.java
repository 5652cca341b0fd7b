package org.scorats.conference.agenda.service;

import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.scorats.conference.agenda.domain.DirectoryEntry;
import org.scorats.conference.agenda.domain.Speaker;
import org.scorats.conference.agenda.messaging.AgendaEventPublisher;
import org.scorats.conference.agenda.repository.CalendarRepository;
import org.scorats.conference.agenda.repository.SpeakerRepository;
import org.scorats.conference.conventions.http.EntityVersions;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.conventions.problem.FieldErrors;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.events.agenda.AgendaEvents;

import java.util.Optional;
import java.util.UUID;

/**
 * Organizers name speakers: registered participants, or guests not (yet) registered. A registered
 * speaker keeps their own biography (as pretalx lets speakers keep their profile); names come from
 * their registration.
 */
@ApplicationScoped
@Transactional
public class SpeakerService {

    /** A speaker's names and organization, from the directory for participants. */
    public record Names(String givenName, String familyName, String givenNameLatin, String familyNameLatin,
                        String organization) {
    }

    private final SpeakerRepository speakers;
    private final CalendarRepository calendars;
    private final EntityManager entityManager;
    private final AgendaEventPublisher events;
    private final Caller caller;

    SpeakerService(SpeakerRepository speakers, CalendarRepository calendars, EntityManager entityManager,
                   AgendaEventPublisher events, Caller caller) {
        this.speakers = speakers;
        this.calendars = calendars;
        this.entityManager = entityManager;
        this.events = events;
        this.caller = caller;
    }

    public Speaker create(String conferenceId, SpeakerRequest request) {
        calendars.require(conferenceId);
        validate(conferenceId, request, null, null);
        Speaker speaker = new Speaker();
        speaker.id = UUID.randomUUID();
        speaker.conferenceId = conferenceId;
        speaker.createdAt = StoredTime.now();
        apply(request, speaker);
        speakers.persist(speaker);
        events.speaker(AgendaEvents.SPEAKER_CREATED, speaker, names(speaker).organization());
        return speaker;
    }

    public Speaker update(UUID id, SpeakerRequest request, String ifMatch) {
        Speaker speaker = speakers.require(id);
        EntityVersions.requireMatch(ifMatch, speaker.version);
        validate(speaker.conferenceId, request, id, speaker.participantId);
        apply(request, speaker);
        events.speaker(AgendaEvents.SPEAKER_UPDATED, speaker, names(speaker).organization());
        return speaker;
    }

    /** The speaker the signed-in delegate is at the conference, while their registration stands. */
    public Speaker mine(String conferenceId) {
        calendars.require(conferenceId);
        return speakers.actingAs(conferenceId, caller.subject()).stream().findFirst().map(speakers::require)
                .orElseThrow(() -> ProblemException.notFound("Your speaker profile at", conferenceId));
    }

    /** The signed-in speaker's own biography, as the next release shows it. */
    public Speaker describeMine(String conferenceId, SpeakerBiography request, String ifMatch) {
        Speaker speaker = mine(conferenceId);
        EntityVersions.requireMatch(ifMatch, speaker.version);
        speaker.biography = request.biography();
        speaker.updatedAt = StoredTime.now();
        events.speaker(AgendaEvents.SPEAKER_UPDATED, speaker, names(speaker).organization());
        return speaker;
    }

    public Names names(Speaker speaker) {
        Optional<DirectoryEntry> participant = speaker.participantId == null ? Optional.empty()
                : Optional.ofNullable(entityManager.find(DirectoryEntry.class, speaker.participantId));
        return participant
                .map(p -> new Names(p.givenName, p.familyName, p.givenNameLatin, p.familyNameLatin, p.organizationCode))
                .orElseGet(() -> new Names(speaker.givenName, speaker.familyName, speaker.givenNameLatin,
                        speaker.familyNameLatin, speaker.affiliation));
    }

    /** @param linked the participant the speaker is linked to now, whose link stands even if their registration ended */
    private void validate(String conferenceId, SpeakerRequest r, UUID self, UUID linked) {
        FieldErrors errors = new FieldErrors();
        if (r.participantId() != null) {
            DirectoryEntry participant = entityManager.find(DirectoryEntry.class, r.participantId());
            errors.check(participant != null && !participant.deleted && participant.conferenceId.equals(conferenceId),
                    "participantId", "is not a registered participant of " + conferenceId);
            // A new link to someone no longer coming would only be refused again at publishing.
            errors.check(participant == null || participant.deleted || r.participantId().equals(linked) || participant.takingPart(),
                    "participantId", "is a participant whose registration is " + (participant == null ? "" : participant.status));
            errors.check(speakers.ofParticipant(conferenceId, r.participantId()).filter(s -> !s.id.equals(self)).isEmpty(),
                    "participantId", "is a speaker already");
        } else {
            errors.check(r.givenNameLatin() != null && !r.givenNameLatin().isBlank(), "givenNameLatin",
                    "must be given for a speaker who is not a registered participant");
            errors.check(r.familyNameLatin() != null && !r.familyNameLatin().isBlank(), "familyNameLatin",
                    "must be given for a speaker who is not a registered participant");
        }
        errors.throwIfAny();
    }

    private static void apply(SpeakerRequest r, Speaker s) {
        s.participantId = r.participantId();
        s.givenName = r.givenName();
        s.familyName = r.familyName();
        s.givenNameLatin = r.givenNameLatin();
        s.familyNameLatin = r.familyNameLatin();
        s.affiliation = r.affiliation();
        s.biography = r.biography();
        s.updatedAt = StoredTime.now();
    }

    /** A speaker of this conference, or a refusal naming the field. */
    public Speaker requireOf(String conferenceId, UUID id, String field) {
        return speakers.findByIdOptional(id).filter(s -> s.conferenceId.equals(conferenceId))
                .orElseThrow(() -> ProblemException.invalidField(field, "is not a speaker of " + conferenceId + ": " + id));
    }

    public Speaker get(UUID id) {
        return speakers.require(id);
    }

    public List<Speaker> ofConference(String conferenceId) {
        calendars.require(conferenceId);
        return speakers.ofConference(conferenceId);
    }
}
