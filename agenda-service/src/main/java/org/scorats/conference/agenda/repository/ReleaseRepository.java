package org.scorats.conference.agenda.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.agenda.domain.ProgramRelease;
import org.scorats.conference.conventions.problem.ProblemException;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ReleaseRepository implements PanacheRepositoryBase<ProgramRelease, ProgramRelease.Key> {

    public Optional<ProgramRelease> latest(String conferenceId) {
        return find("key.conferenceId = ?1 ORDER BY key.number DESC", conferenceId).firstResultOptional();
    }

    public ProgramRelease require(String conferenceId, int number) {
        return findByIdOptional(new ProgramRelease.Key(conferenceId, number))
                .orElseThrow(() -> ProblemException.notFound("Release", number + " of " + conferenceId));
    }

    /** The latest release's number, read without its program (public reads ask this on every request). */
    public int requireLatestNumber(String conferenceId) {
        Integer number = getEntityManager()
                .createQuery("SELECT max(r.key.number) FROM ProgramRelease r WHERE r.key.conferenceId = :conference", Integer.class)
                .setParameter("conference", conferenceId).getSingleResult();
        if (number == null) {
            throw ProblemException.notFound("Published program of", conferenceId);
        }
        return number;
    }

    public List<ProgramRelease> ofConference(String conferenceId) {
        return list("key.conferenceId = ?1 ORDER BY key.number", conferenceId);
    }
}
