package org.scorats.conference.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;
import org.scorats.conference.conventions.paging.Cursor;
import org.scorats.conference.conventions.paging.Page;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.SortKeys;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.notification.domain.WebhookSubscription;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookSubscriptionRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    private static final SortKeys BY_ID = SortKeys.of(UUID.class);

    /** An active subscription that wants an event: all that routing it needs. */
    public record Subscriber(UUID id, String organizationCode) {
    }

    /**
     * The active subscriptions that want events of this type, of one organization or (null) of all.
     * Asked for every event consumed, so it reads two columns instead of loading entities, whose
     * sealed secrets would be decrypted and whose JSON would be copied and compared at every flush.
     * Naming the table it reads spares the session a flush of everything else pending before it.
     */
    @SuppressWarnings("unchecked")
    public List<Subscriber> subscribers(String eventType, String organizationCode) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT id, organization_code FROM webhook_subscription
                        WHERE active AND event_types @> jsonb_build_array(CAST(:type AS text))
                          AND (CAST(:organization AS text) IS NULL OR organization_code = :organization)
                        ORDER BY id""")
                .setHint(HibernateHints.HINT_NATIVE_SPACES, WebhookSubscription.TABLE)
                .setParameter("type", eventType)
                .setParameter("organization", organizationCode)
                .getResultList();
        return rows.stream().map(row -> new Subscriber((UUID) row[0], (String) row[1])).toList();
    }

    public WebhookSubscription require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Webhook subscription", id));
    }

    /** @param organizationCode one organization's subscriptions, or null for all */
    public Page<WebhookSubscription> page(String organizationCode, PageRequest request) {
        Cursor after = BY_ID.after(request);
        var rows = find("(:organization IS NULL OR organizationCode = :organization) AND (:after IS NULL OR id > :after) ORDER BY id",
                Parameters.with("organization", organizationCode)
                        .and("after", after == null ? null : after.value(0, UUID.class)))
                .page(0, request.lookahead()).list();
        return BY_ID.page(rows, request, s -> List.of(s.id));
    }
}
