package org.scorats.conference.agenda.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.agenda.domain.DirectoryEntry;

import java.util.List;
import java.util.UUID;

/** The participants as registration's events made them known here. */
@ApplicationScoped
public class DirectoryRepository implements PanacheRepositoryBase<DirectoryEntry, UUID> {

    /** The registrations of an account at a conference that are not deleted (at most one, as registration keeps it). */
    public List<DirectoryEntry> ofAccount(String conferenceId, String accountSubject) {
        return list("conferenceId = ?1 AND accountSubject = ?2 AND deleted = false", conferenceId, accountSubject);
    }
}
