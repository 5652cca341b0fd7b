package org.scorats.conference.agenda.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.agenda.domain.Speaker;
import org.scorats.conference.conventions.projection.ParticipantProjection;
import org.scorats.conference.conventions.problem.ProblemException;

import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class SpeakerRepository implements PanacheRepositoryBase<Speaker, UUID> {

    public Speaker require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Speaker", id));
    }

    public List<Speaker> ofConference(String conferenceId) {
        return list("conferenceId = ?1 ORDER BY familyNameLatin, id", conferenceId);
    }

    public Optional<Speaker> ofParticipant(String conferenceId, UUID participantId) {
        return find("conferenceId = ?1 AND participantId = ?2", conferenceId, participantId).firstResultOptional();
    }

    /**
     * The speakers the signed-in account is at the conference, while its registration stands: what
     * lets a delegate act for their own talks and sessions.
     */
    public Set<UUID> actingAs(String conferenceId, String accountSubject) {
        return new HashSet<>(getEntityManager().createQuery("""
                        SELECT s.id FROM Speaker s, DirectoryEntry d
                        WHERE s.conferenceId = :conference AND d.conferenceId = :conference
                        AND s.participantId = d.participantId AND d.accountSubject = :me
                        AND NOT d.deleted AND d.status NOT IN :ended""", UUID.class)
                .setParameter("conference", conferenceId)
                .setParameter("me", accountSubject)
                .setParameter("ended", ParticipantProjection.ENDED)
                .getResultList());
    }

    /**
     * Speakers who are registered participants whose registration has ended: withdrawn, rejected or
     * deleted (as registration-service last told this service).
     */
    public Set<UUID> notTakingPart(String conferenceId) {
        return new HashSet<>(getEntityManager().createQuery("SELECT s.id FROM Speaker s, DirectoryEntry d "
                        + "WHERE s.conferenceId = :c AND d.participantId = s.participantId "
                        + "AND (d.deleted OR d.status IN :ended)", UUID.class)
                .setParameter("c", conferenceId).setParameter("ended", ParticipantProjection.ENDED).getResultList());
    }
}
