package org.scorats.conference.agenda.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.agenda.domain.Session;
import org.scorats.conference.conventions.problem.ProblemException;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<Session, UUID> {

    public Session require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Session", id));
    }

    public List<Session> ofConference(String conferenceId) {
        return list("conferenceId = ?1 ORDER BY startsAt, id", conferenceId);
    }

    /** Sessions in the room overlapping the interval, other than {@code except}. */
    public List<Session> inRoomDuring(UUID roomId, Instant start, Instant end, UUID except) {
        return list("roomId = :room AND id <> :except AND startsAt < :end AND endsAt > :start ORDER BY startsAt",
                Parameters.with("room", roomId).and("except", except).and("start", start).and("end", end));
    }

    /** Sessions chaired by any of the speakers overlapping the interval, other than {@code except}. */
    public List<Session> chairedDuring(Collection<UUID> speakerIds, Instant start, Instant end, UUID except) {
        return find("""
                        SELECT DISTINCT s FROM Session s JOIN s.chairIds c
                        WHERE c IN :speakers AND s.id <> :except AND s.startsAt < :end AND s.endsAt > :start""",
                Parameters.with("speakers", speakerIds).and("except", except).and("start", start).and("end", end)).list();
    }
}
