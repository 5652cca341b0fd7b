package org.scorats.conference.registration.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.scorats.conference.conventions.i18n.LocalizedText;
import org.scorats.conference.events.agenda.SpeakerSnapshot;
import org.scorats.conference.events.agenda.TalkSnapshot;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The copy of agenda-service's talks and speakers: written from its events, newest snapshot wins,
 * read for speakers' certificates.
 */
@ApplicationScoped
public class ProgramCopyRepository {

    private final EntityManager entityManager;
    private final ObjectMapper json;

    ProgramCopyRepository(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    public void speaker(SpeakerSnapshot s) {
        entityManager.createNativeQuery("""
                        INSERT INTO program_speaker (id, conference_id, participant_id, version)
                        VALUES (:id, :conference, :participant, :version)
                        ON CONFLICT (id) DO UPDATE SET participant_id = EXCLUDED.participant_id, version = EXCLUDED.version
                        WHERE program_speaker.version < EXCLUDED.version""")
                .setParameter("id", s.id())
                .setParameter("conference", s.conferenceId())
                .setParameter("participant", s.participantId())
                .setParameter("version", s.version())
                .executeUpdate();
    }

    /** A cancellation carries the talk as it was, with the version it had: it is taken whatever that is. */
    public void talk(TalkSnapshot t, boolean cancelled) {
        entityManager.createNativeQuery("""
                        INSERT INTO program_talk (id, conference_id, title, starts_at, speaker_ids, cancelled, version)
                        VALUES (:id, :conference, CAST(:title AS jsonb), :startsAt, CAST(:speakers AS jsonb), :cancelled, :version)
                        ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, starts_at = EXCLUDED.starts_at,
                            speaker_ids = EXCLUDED.speaker_ids, cancelled = EXCLUDED.cancelled, version = EXCLUDED.version
                        WHERE NOT program_talk.cancelled
                          AND (program_talk.version < EXCLUDED.version OR EXCLUDED.cancelled)""")
                .setParameter("id", t.id())
                .setParameter("conference", t.conferenceId())
                .setParameter("title", write(t.title()))
                .setParameter("startsAt", t.startsAt().toInstant())
                .setParameter("speakers", write(t.speakerIds() == null ? List.of() : t.speakerIds()))
                .setParameter("cancelled", cancelled)
                .setParameter("version", t.version())
                .executeUpdate();
    }

    /** The titles of the talks the participant gives at the conference, in time order. */
    public List<LocalizedText> talksOf(UUID participantId, String conferenceId) {
        @SuppressWarnings("unchecked")
        List<String> titles = entityManager.createNativeQuery("""
                        SELECT CAST(t.title AS text) FROM program_talk t
                        WHERE t.conference_id = :conference AND NOT t.cancelled
                          AND EXISTS (SELECT 1 FROM program_speaker s WHERE s.participant_id = :participant
                                      AND t.speaker_ids @> jsonb_build_array(CAST(s.id AS text)))
                        ORDER BY t.starts_at, t.id""", String.class)
                .setParameter("conference", conferenceId)
                .setParameter("participant", participantId)
                .getResultList();
        return titles.stream().map(this::readTitle).toList();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A snapshot's field cannot be written as JSON", e);
        }
    }

    private LocalizedText readTitle(String title) {
        try {
            return LocalizedText.of(json.readValue(title, json.getTypeFactory().constructMapType(Map.class, String.class, String.class)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored title is not JSON", e);
        }
    }
}
