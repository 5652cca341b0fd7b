package org.scorats.conference.registration.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.conventions.paging.Cursor;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.registration.domain.Organization;
import org.scorats.conference.registration.domain.OrganizationKind;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, String> {

    public Organization require(String code) {
        return findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Organization", code));
    }

    public Page<Organization> page(OrganizationKind kind, PageRequest request) {
        var rows = find("(:kind IS NULL OR kind = :kind) AND (:after IS NULL OR code > :after) ORDER BY code",
                Parameters.with("kind", kind).and("after", request.after() == null ? null : request.after().key(0)))
                .page(0, request.lookahead()).list();
        return Page.fromLookahead(rows, request, o -> Cursor.of(o.code));
    }
}
