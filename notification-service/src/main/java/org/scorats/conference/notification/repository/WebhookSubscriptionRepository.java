package org.scorats.conference.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
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
