package org.scorats.conference.conventions.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.scorats.conference.conventions.paging.NewestFirst;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.problem.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads the audit trail, newest first: all of it for organizers, their own people's for a partner. */
@ApplicationScoped
public class AuditTrail {

    /** What to look for; every part optional. {@code until} is exclusive. */
    public record Query(String resource, String resourceId, String actor, String action, String conferenceId,
                        UUID participantId, Instant since, Instant until) {
    }

    private static final String OWN_ORGANIZATION = "organizationCode = :organization";

    private final EntityManager entityManager;
    private final Instance<AuditScope> scope;

    AuditTrail(EntityManager entityManager, Instance<AuditScope> scope) {
        this.entityManager = entityManager;
        this.scope = scope;
    }

    /** @param partnerOrganization a partner's organization: only entries about its people */
    @Transactional
    public Page<AuditEntry> page(Query query, Optional<String> partnerOrganization, PageRequest request) {
        if (query.since() != null && query.until() != null && !query.since().isBefore(query.until())) {
            throw ProblemException.invalidField("until", "must be after since");
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        equal(conditions, parameters, "resource", query.resource());
        equal(conditions, parameters, "resourceId", query.resourceId());
        equal(conditions, parameters, "actorSubject", query.actor());
        equal(conditions, parameters, "action", query.action());
        equal(conditions, parameters, "conferenceId", query.conferenceId());
        equal(conditions, parameters, "participantId", query.participantId());
        if (query.since() != null) {
            conditions.add("createdAt >= :since");
            parameters.put("since", query.since());
        }
        if (query.until() != null) {
            conditions.add("createdAt < :until");
            parameters.put("until", query.until());
        }
        partnerOrganization.ifPresent(organization -> {
            conditions.add("(" + partnerCondition() + ")");
            parameters.put("organization", organization);
        });
        return NewestFirst.page(entityManager, AuditEntry.class, conditions.isEmpty() ? null : String.join(" AND ", conditions),
                parameters, request, e -> e.createdAt);
    }

    @Transactional
    public AuditEntry get(UUID id, Optional<String> partnerOrganization) {
        AuditEntry entry = entityManager.find(AuditEntry.class, id);
        boolean visible = entry != null && partnerOrganization.map(organization -> entityManager.createQuery(
                        "SELECT count(*) FROM AuditEntry WHERE id = :id AND (" + partnerCondition() + ")", Long.class)
                .setParameter("id", id).setParameter("organization", organization).getSingleResult() > 0).orElse(true);
        if (!visible) {
            throw ProblemException.notFound("Audit entry", id); // another organization's: as if it did not exist
        }
        return entry;
    }

    private String partnerCondition() {
        return scope.isResolvable() ? scope.get().partnerCondition() : OWN_ORGANIZATION;
    }

    private static void equal(List<String> conditions, Map<String, Object> parameters, String field, Object value) {
        if (value != null) {
            conditions.add(field + " = :" + field);
            parameters.put(field, value);
        }
    }
}
