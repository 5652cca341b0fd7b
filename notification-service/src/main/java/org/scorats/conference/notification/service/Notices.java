package org.scorats.conference.notification.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.scorats.conference.conventions.inbox.IncomingEvent;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.conventions.projection.ParticipantProjection;
import org.scorats.conference.events.agenda.ProgramChange;
import org.scorats.conference.events.agenda.ProgramPublished;
import org.scorats.conference.events.registration.CertificateRevoked;
import org.scorats.conference.events.registration.ConferenceRescheduled;
import org.scorats.conference.events.registration.ParticipantEvent;
import org.scorats.conference.events.registration.RegistrationEvents;
import org.scorats.conference.events.registration.VisaLetterEvent;
import org.scorats.conference.notification.domain.Announcement;
import org.scorats.conference.notification.domain.Notice;
import org.scorats.conference.notification.domain.NoticeKind;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns events into what people are told. A registration's moves become one notice each; a
 * program release becomes, for each person it concerns, the changes that concern them: talk
 * assignments on their own, other changes together.
 */
@ApplicationScoped
public class Notices {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final MailComposer mail;

    Notices(EntityManager entityManager, ObjectMapper json, MailComposer mail) {
        this.entityManager = entityManager;
        this.json = json;
        this.mail = mail;
    }

    /** Call inside the consumer's transaction, once per event (the inbox sees to that). */
    public void fromRegistration(IncomingEvent event, ParticipantEvent payload) {
        String status = payload.participant().status();
        NoticeKind kind = null;
        if (event.is(RegistrationEvents.PARTICIPANT_REGISTERED)) {
            kind = "waitlisted".equals(status) ? NoticeKind.WAITLISTED : NoticeKind.REGISTRATION_RECEIVED;
        } else if (event.is(RegistrationEvents.PARTICIPANT_APPROVED)) {
            kind = "waitlisted".equals(payload.previousStatus()) ? NoticeKind.MOVED_FROM_WAITLIST : NoticeKind.APPROVED;
        } else if (event.is(RegistrationEvents.PARTICIPANT_REJECTED)) {
            kind = NoticeKind.REJECTED;
        } else if (event.is(RegistrationEvents.PARTICIPANT_WAITLISTED)) {
            kind = NoticeKind.WAITLISTED;
        } else if (event.is(RegistrationEvents.PARTICIPANT_WITHDRAWN)) {
            kind = NoticeKind.WITHDRAWN;
        } else if (event.is(RegistrationEvents.PARTICIPANT_UPDATED) && "approved".equals(payload.previousStatus())
                && "submitted".equals(status)) {
            kind = NoticeKind.RETURNED_TO_REVIEW;
        }
        if (kind != null) {
            Map<String, Object> data = new HashMap<>();
            if (payload.reason() != null) {
                data.put("reason", payload.reason());
            }
            record(payload.participant().id(), payload.participant().conferenceId(), kind, data, event.id());
        }
    }

    /** Everyone registered and still taking part is told the new days, and the old. */
    public void conferenceMoved(IncomingEvent event, ConferenceRescheduled moved) {
        Map<String, Object> data = Map.of("startDate", moved.startDate().toString(), "endDate", moved.endDate().toString(),
                "previousStartDate", moved.previousStartDate().toString(), "previousEndDate", moved.previousEndDate().toString());
        entityManager.createQuery("SELECT r.participantId FROM Recipient r WHERE r.conferenceId = :c AND NOT r.deleted "
                        + "AND r.status NOT IN :ended", UUID.class)
                .setParameter("c", moved.conferenceId()).setParameter("ended", ParticipantProjection.ENDED).getResultList()
                .forEach(recipient -> record(recipient, moved.conferenceId(), NoticeKind.CONFERENCE_MOVED, data, event.id()));
    }

    /**
     * Issued: where to download it; refused: that none will come; revoked: that it no longer
     * stands. Refused and revoked say why, in the reader's language when the platform decided.
     */
    public void visaLetter(IncomingEvent event, VisaLetterEvent letter) {
        NoticeKind kind = event.is(RegistrationEvents.VISA_LETTER_REVOKED) ? NoticeKind.VISA_LETTER_REVOKED
                : event.is(RegistrationEvents.VISA_LETTER_REFUSED) ? NoticeKind.VISA_LETTER_REFUSED : NoticeKind.VISA_LETTER_READY;
        Map<String, Object> data = new HashMap<>(Map.of("letterId", letter.letterId().toString()));
        if (letter.reference() != null) { // a refused request has none
            data.put("reference", letter.reference());
        }
        if (kind != NoticeKind.VISA_LETTER_READY) {
            putReason(data, letter.reason(), letter.reasonCode());
        }
        record(letter.participantId(), letter.conferenceId(), kind, data, event.id());
    }

    /** Revoked: that the certificate no longer stands, and why, in the reader's language when the platform decided. */
    public void certificateRevoked(IncomingEvent event, CertificateRevoked certificate) {
        Map<String, Object> data = new HashMap<>(Map.of("reference", certificate.reference()));
        putReason(data, certificate.reason(), certificate.reasonCode());
        record(certificate.participantId(), certificate.conferenceId(), NoticeKind.CERTIFICATE_REVOKED, data, event.id());
    }

    /** Why, as given: the English reason and, when the platform decided, the code MailRenderer words in the reader's language. */
    private static void putReason(Map<String, Object> data, String reason, String reasonCode) {
        if (reason != null) {
            data.put("reason", reason);
        }
        if (reasonCode != null) {
            data.put("reasonCode", reasonCode);
        }
    }

    /**
     * Each recipient is told what the organizers announced, in every language it was given in (the
     * reader's is picked when it is shown). The announcement's id stands where an event's would, so
     * its delivery is counted from these notices.
     */
    void announce(Announcement announcement, List<UUID> recipients) {
        Map<String, Object> data = Map.of("announcementId", announcement.id.toString(), "subject", announcement.subject,
                "text", announcement.text);
        for (UUID recipient : recipients) {
            record(recipient, announcement.conferenceId, NoticeKind.ANNOUNCEMENT, data, announcement.id.toString());
        }
    }

    public void fromProgram(IncomingEvent event, ProgramPublished release) {
        Set<UUID> gone = noLongerTakingPart(release.affectedParticipantIds());
        for (UUID participant : release.affectedParticipantIds()) {
            if (gone.contains(participant)) {
                continue; // withdrawn, rejected or deleted: the program is no longer their news
            }
            List<ProgramChange> assigned = release.changes().stream()
                    .filter(c -> c.assignedParticipantIds().contains(participant)).toList();
            List<ProgramChange> changed = release.changes().stream()
                    .filter(c -> c.affectedParticipantIds().contains(participant) && !assigned.contains(c)).toList();
            if (!assigned.isEmpty()) {
                record(participant, release.conferenceId(), NoticeKind.TALK_ASSIGNED, changes(release, assigned), event.id());
            }
            if (!changed.isEmpty()) {
                record(participant, release.conferenceId(), NoticeKind.PROGRAM_CHANGED, changes(release, changed), event.id());
            }
        }
    }

    /**
     * Of these people, those known to have left: registration withdrawn, rejected or deleted. Someone
     * not known yet (their registration's event still on its way) is not among them.
     */
    private Set<UUID> noLongerTakingPart(List<UUID> participants) {
        if (participants.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager.createQuery("SELECT r.participantId FROM Recipient r WHERE r.participantId IN :ids "
                        + "AND (r.deleted OR r.status IN :ended)", UUID.class)
                .setParameter("ids", participants).setParameter("ended", ParticipantProjection.ENDED).getResultList());
    }

    private Map<String, Object> changes(ProgramPublished release, List<ProgramChange> changes) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("release", release.release());
        data.put("changes", changes.stream().map(c -> json.convertValue(c, MAP)).toList());
        return data;
    }

    private void record(UUID recipient, String conferenceId, NoticeKind kind, Map<String, Object> data, String eventId) {
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.recipientId = recipient;
        notice.conferenceId = conferenceId;
        notice.kind = kind;
        notice.data = data;
        notice.eventId = eventId;
        notice.createdAt = StoredTime.now();
        entityManager.persist(notice);
        mail.noticeRecorded();
    }
}
