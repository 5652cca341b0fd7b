package org.scorats.conference.registration.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.registration.domain.StatusChange;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StatusChangeRepository implements PanacheRepository<StatusChange> {

    public List<StatusChange> history(UUID participantId) {
        return list("participantId = ?1 ORDER BY changedAt, id", participantId);
    }
}
