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

    public ProgramRelease requireLatest(String conferenceId) {
        return latest(conferenceId).orElseThrow(() -> ProblemException.notFound("Published program of", conferenceId));
    }

    public List<ProgramRelease> ofConference(String conferenceId) {
        return list("key.conferenceId = ?1 ORDER BY key.number", conferenceId);
    }
}
