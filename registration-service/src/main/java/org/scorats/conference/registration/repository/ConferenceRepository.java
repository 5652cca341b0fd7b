package org.scorats.conference.registration.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.conventions.paging.Cursor;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.SortKeys;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.registration.domain.Conference;

import java.util.List;

@ApplicationScoped
public class ConferenceRepository implements PanacheRepositoryBase<Conference, String> {

    private static final SortKeys BY_ID = SortKeys.of(String.class);

    public Conference require(String id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Conference", id));
    }

    public Page<Conference> page(PageRequest request) {
        Cursor after = BY_ID.after(request);
        var query = after == null ? find("ORDER BY id") : find("id > ?1 ORDER BY id", after.key(0));
        return BY_ID.page(query.page(0, request.lookahead()).list(), request, c -> List.of(c.id));
    }
}
