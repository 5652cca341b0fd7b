package org.scorats.conference.registration.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.scorats.conference.registration.domain.Badge;
import org.scorats.conference.registration.domain.BadgeSigningKey;
import org.scorats.conference.registration.domain.ParticipantRole;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class BadgeRepository implements PanacheRepositoryBase<Badge, String> {

    public Optional<Badge> active(UUID participantId) {
        return find("participantId = ?1 AND revokedAt IS NULL", participantId).firstResultOptional();
    }

    public Optional<Badge> ofConference(String conferenceId, String code) {
        return find("code = ?1 AND conferenceId = ?2", code, conferenceId).firstResultOptional();
    }

    public List<Badge> activeOf(String conferenceId) {
        return list("conferenceId = ?1 AND revokedAt IS NULL", conferenceId);
    }

    public List<String> revokedCodes(String conferenceId) {
        return getEntityManager().createQuery("SELECT b.code FROM Badge b WHERE b.conferenceId = :c AND b.revokedAt IS NOT NULL "
                + "ORDER BY b.code", String.class).setParameter("c", conferenceId).getResultList();
    }

    public List<BadgeSigningKey> keys(String conferenceId) {
        return getEntityManager().createQuery("FROM BadgeSigningKey WHERE conferenceId = :c ORDER BY createdAt",
                BadgeSigningKey.class).setParameter("c", conferenceId).getResultList();
    }

    public Optional<BadgeSigningKey> currentKey(String conferenceId) {
        return getEntityManager().createQuery("FROM BadgeSigningKey WHERE conferenceId = :c AND retiredAt IS NULL",
                BadgeSigningKey.class).setParameter("c", conferenceId).getResultStream().findFirst();
    }

    public void persistKey(BadgeSigningKey key) {
        getEntityManager().persist(key);
    }

    /**
     * Serializes the creation and rotation of a conference's key across instances for the rest of
     * the transaction; released at commit.
     */
    public void lockKeys(String conferenceId) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('badge-key:' || :c))")
                .setParameter("c", conferenceId).getSingleResult();
    }

    /** Locks the badge for the rest of the transaction: two doors scanning it at once take turns. */
    public Badge lock(Badge badge) {
        getEntityManager().lock(badge, LockModeType.PESSIMISTIC_WRITE);
        return badge;
    }

    /** Active badges with their holders, by organization and name: what a print run or a door list covers. */
    public List<Object[]> activeWithHolders(String conferenceId, String organizationCode, UUID delegationId,
                                            ParticipantRole role) {
        StringBuilder query = new StringBuilder("SELECT b, p FROM Badge b, Participant p WHERE p.id = b.participantId "
                + "AND b.conferenceId = :c AND b.revokedAt IS NULL AND p.deletedAt IS NULL");
        Map<String, Object> parameters = new HashMap<>(Map.of("c", conferenceId));
        if (organizationCode != null) {
            query.append(" AND p.organizationCode = :organization");
            parameters.put("organization", organizationCode);
        }
        if (delegationId != null) {
            query.append(" AND p.delegationId = :delegation");
            parameters.put("delegation", delegationId);
        }
        if (role != null) {
            query.append(" AND p.role = :role");
            parameters.put("role", role);
        }
        var typed = getEntityManager().createQuery(query.append(" ORDER BY p.organizationCode, p.sortName, p.id").toString(),
                Object[].class);
        parameters.forEach(typed::setParameter);
        return typed.getResultList();
    }
}
