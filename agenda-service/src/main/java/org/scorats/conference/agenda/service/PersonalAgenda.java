package org.scorats.conference.agenda.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.scorats.conference.agenda.domain.DirectoryEntry;
import org.scorats.conference.agenda.domain.ProgramDocument;
import org.scorats.conference.agenda.repository.CalendarRepository;
import org.scorats.conference.agenda.repository.DirectoryRepository;
import org.scorats.conference.agenda.repository.ReleaseRepository;
import org.scorats.conference.conventions.audit.AuditEntry;
import org.scorats.conference.conventions.audit.AuditWriter;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.conventions.security.Caller;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A delegate's own agenda: the sessions they mark, and the sessions where they speak or chair,
 * from the latest release.
 */
@ApplicationScoped
public class PersonalAgenda {

    /** The marks as the audit trail names them: written with plain statements, so recorded here. */
    private static final String MARKS = "agenda-marks";

    private final EntityManager entityManager;
    private final ReleaseRepository releases;
    private final CalendarRepository calendars;
    private final ProgramReleases programs;
    private final DirectoryRepository directory;
    private final Caller caller;
    private final AuditWriter audit;

    PersonalAgenda(EntityManager entityManager, ReleaseRepository releases, ProgramReleases programs, Caller caller,
                   CalendarRepository calendars, DirectoryRepository directory, AuditWriter audit) {
        this.audit = audit;
        this.directory = directory;
        this.calendars = calendars;
        this.entityManager = entityManager;
        this.releases = releases;
        this.programs = programs;
        this.caller = caller;
    }

    /**
     * A published session's draw: how many people who are coming marked it, against the seats of its
     * room (null without one), for the organizers to give the fullest sessions the larger halls.
     */
    public record Interest(ProgramDocument.SessionEntry session, ProgramDocument.RoomEntry room, int marked) {
    }

    /** Every session of the latest release in the program's order, with its draw. */
    @Transactional
    public List<Interest> interest(String conferenceId) {
        ProgramDocument program = programs.published(conferenceId, releases.requireLatestNumber(conferenceId));
        Map<UUID, Integer> marked = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT m.session_id, count(*) FROM agenda_mark m
                        WHERE m.conference_id = :conference AND EXISTS (
                            SELECT 1 FROM participant_directory d WHERE d.conference_id = m.conference_id
                            AND d.account_subject = m.account_subject AND NOT d.deleted AND d.status IN :attending)
                        GROUP BY m.session_id""")
                .setParameter("conference", conferenceId)
                .setParameter("attending", DirectoryEntry.ATTENDING)
                .getResultList();
        rows.forEach(row -> marked.put((UUID) row[0], ((Number) row[1]).intValue()));
        return program.sessions().stream()
                .map(s -> new Interest(s, program.room(s.roomId()).orElse(null), marked.getOrDefault(s.id(), 0))).toList();
    }

    /** Marks a published session; marking twice is marking once. */
    @Transactional
    public void mark(String conferenceId, UUID sessionId) {
        ProgramDocument program = programs.published(conferenceId, releases.requireLatestNumber(conferenceId));
        if (program.session(sessionId).isEmpty()) {
            throw ProblemException.notFound("Published session", sessionId);
        }
        int marked = entityManager.createNativeQuery("""
                        INSERT INTO agenda_mark (conference_id, account_subject, session_id, marked_at)
                        VALUES (:conference, :subject, :session, now()) ON CONFLICT DO NOTHING""")
                .setParameter("conference", conferenceId)
                .setParameter("subject", caller.subject())
                .setParameter("session", sessionId)
                .executeUpdate();
        if (marked > 0) {
            audit.written(AuditEntry.CREATE, MARKS, sessionId.toString(), conferenceId, Map.of("sessionId", sessionId.toString()));
        }
    }

    @Transactional
    public void unmark(String conferenceId, UUID sessionId) {
        calendars.require(conferenceId);
        int unmarked = entityManager.createNativeQuery("DELETE FROM agenda_mark WHERE conference_id = :conference "
                        + "AND account_subject = :subject AND session_id = :session")
                .setParameter("conference", conferenceId)
                .setParameter("subject", caller.subject())
                .setParameter("session", sessionId)
                .executeUpdate();
        if (unmarked > 0) {
            audit.written(AuditEntry.DELETE, MARKS, sessionId.toString(), conferenceId, Map.of("sessionId", sessionId.toString()));
        }
    }

    /** The latest release, cut down to the caller's sessions. */
    @Transactional
    public ProgramDocument of(String conferenceId) {
        ProgramDocument program = programs.published(conferenceId, releases.requireLatestNumber(conferenceId));
        @SuppressWarnings("unchecked")
        Set<UUID> sessions = new HashSet<>(entityManager.createNativeQuery("""
                        SELECT session_id FROM agenda_mark WHERE conference_id = :conference AND account_subject = :subject""",
                        UUID.class)
                .setParameter("conference", conferenceId)
                .setParameter("subject", caller.subject())
                .getResultList());
        Set<UUID> mySpeakerIds = new HashSet<>();
        List<DirectoryEntry> me = directory.ofAccount(conferenceId, caller.subject());
        me.forEach(participant -> program.speakers().stream()
                .filter(s -> participant.participantId.equals(s.participantId()))
                .forEach(s -> mySpeakerIds.add(s.id())));
        program.sessions().forEach(s -> {
            if (s.chairIds().stream().anyMatch(mySpeakerIds::contains)
                    || s.talks().stream().anyMatch(t -> t.speakerIds().stream().anyMatch(mySpeakerIds::contains))) {
                sessions.add(s.id());
            }
        });
        return new ProgramDocument(program.release(), program.publishedAt(), program.comment(), program.conference(),
                program.rooms(), program.speakers(),
                program.sessions().stream().filter(s -> sessions.contains(s.id())).toList());
    }
}
