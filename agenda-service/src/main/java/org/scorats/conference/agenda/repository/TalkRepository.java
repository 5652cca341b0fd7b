package org.scorats.conference.agenda.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.agenda.domain.Talk;
import org.scorats.conference.conventions.problem.ProblemException;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TalkRepository implements PanacheRepositoryBase<Talk, UUID> {

    public Talk require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Talk", id));
    }

    public List<Talk> ofSession(UUID sessionId) {
        return list("sessionId = ?1 ORDER BY startsAt, id", sessionId);
    }

    public List<Talk> ofConference(String conferenceId) {
        return list("conferenceId = ?1 ORDER BY startsAt, id", conferenceId);
    }

    /** Talks given by any of the speakers overlapping the interval, outside session {@code exceptSession} if given. */
    public List<Talk> spokenDuring(Collection<UUID> speakerIds, Instant start, Instant end, UUID exceptTalk,
                                   UUID exceptSession) {
        return find("""
                        SELECT DISTINCT t FROM Talk t JOIN t.speakerIds sp
                        WHERE sp IN :speakers AND t.id <> :exceptTalk AND t.sessionId <> :exceptSession
                        AND t.startsAt < :end AND t.endsAt > :start""",
                Parameters.with("speakers", speakerIds).and("exceptTalk", exceptTalk)
                        .and("exceptSession", exceptSession).and("start", start).and("end", end)).list();
    }
}
