package org.scorats.conference.registration.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.conventions.paging.Cursor;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.SortKeys;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.registration.domain.Organization;
import org.scorats.conference.registration.domain.OrganizationKind;

import java.util.List;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, String> {

    private static final SortKeys BY_CODE = SortKeys.of(String.class);

    public Organization require(String code) {
        return findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Organization", code));
    }

    public Page<Organization> page(OrganizationKind kind, PageRequest request) {
        Cursor after = BY_CODE.after(request);
        var rows = find("(:kind IS NULL OR kind = :kind) AND (:after IS NULL OR code > :after) ORDER BY code",
                Parameters.with("kind", kind).and("after", after == null ? null : after.key(0)))
                .page(0, request.lookahead()).list();
        return BY_CODE.page(rows, request, o -> List.of(o.code));
    }
}
