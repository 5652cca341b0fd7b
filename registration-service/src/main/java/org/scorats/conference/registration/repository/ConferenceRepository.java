package org.scorats.conference.registration.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.conventions.paging.Cursor;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.registration.domain.Conference;

@ApplicationScoped
public class ConferenceRepository implements PanacheRepositoryBase<Conference, String> {

    public Conference require(String id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Conference", id));
    }

    public Page<Conference> page(PageRequest request) {
        var query = request.after() == null
                ? find("ORDER BY id")
                : find("id > ?1 ORDER BY id", request.after().key(0));
        var rows = query.page(0, request.lookahead()).list();
        return Page.fromLookahead(rows, request, c -> Cursor.of(c.id));
    }
}
