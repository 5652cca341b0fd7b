package org.scorats.conference.registration.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.conventions.paging.Cursor;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.SortKeys;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.registration.domain.Delegation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DelegationRepository implements PanacheRepositoryBase<Delegation, UUID> {

    private static final SortKeys BY_ORGANIZATION = SortKeys.of(String.class);

    public Delegation require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Delegation", id));
    }

    public Optional<Delegation> of(String conferenceId, String organizationCode) {
        return find("conferenceId = ?1 AND organizationCode = ?2", conferenceId, organizationCode).firstResultOptional();
    }

    public Delegation requireOf(String conferenceId, String organizationCode) {
        return of(conferenceId, organizationCode).orElseThrow(() -> ProblemException.notFound(
                "Delegation of organization", organizationCode + " at conference " + conferenceId));
    }

    /** @param organizationCode only this organization's delegation, or null for all */
    public Page<Delegation> page(String conferenceId, String organizationCode, PageRequest request) {
        Cursor after = BY_ORGANIZATION.after(request);
        var rows = find("""
                        conferenceId = :conference AND (:organization IS NULL OR organizationCode = :organization)
                        AND (:after IS NULL OR organizationCode > :after) ORDER BY organizationCode""",
                Parameters.with("conference", conferenceId).and("organization", organizationCode)
                        .and("after", after == null ? null : after.key(0)))
                .page(0, request.lookahead()).list();
        return BY_ORGANIZATION.page(rows, request, d -> List.of(d.organizationCode));
    }
}
