package org.scorats.conference.agenda.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.agenda.domain.Room;
import org.scorats.conference.conventions.paging.Cursor;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.problem.ProblemException;

import java.util.UUID;

@ApplicationScoped
public class RoomRepository implements PanacheRepositoryBase<Room, UUID> {

    public Room require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Room", id));
    }

    public Page<Room> page(String conferenceId, PageRequest request) {
        var query = request.after() == null
                ? find("conferenceId = ?1 ORDER BY id", conferenceId)
                : find("conferenceId = ?1 AND id > ?2 ORDER BY id", conferenceId, UUID.fromString(request.after().key(0)));
        return Page.fromLookahead(query.page(0, request.lookahead()).list(), request, r -> Cursor.of(r.id));
    }
}
