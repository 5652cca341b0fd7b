package org.scorats.conference.agenda.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.agenda.domain.Room;
import org.scorats.conference.conventions.paging.Cursor;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.SortKeys;
import org.scorats.conference.conventions.problem.ProblemException;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RoomRepository implements PanacheRepositoryBase<Room, UUID> {

    private static final SortKeys BY_ID = SortKeys.of(UUID.class);

    public Room require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Room", id));
    }

    public Page<Room> page(String conferenceId, PageRequest request) {
        Cursor after = BY_ID.after(request);
        var query = after == null
                ? find("conferenceId = ?1 ORDER BY id", conferenceId)
                : find("conferenceId = ?1 AND id > ?2 ORDER BY id", conferenceId, after.value(0, UUID.class));
        return BY_ID.page(query.page(0, request.lookahead()).list(), request, r -> List.of(r.id));
    }
}
