package org.scorats.conference.conventions.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keyset paging, newest first, over an entity's {@code createdAt} and UUID {@code id}: the order of
 * inboxes and delivery logs. Ties in time are broken by id, so rows written between two page reads
 * are neither skipped nor repeated.
 */
public final class NewestFirst {

    private static final SortKeys KEYS = SortKeys.of(Instant.class, UUID.class);

    private NewestFirst() {
    }

    /**
     * @param condition  a JPQL condition on the entity, or null for all rows
     * @param parameters the condition's named parameters
     * @param createdAt  the row's {@code createdAt}, for the cursor
     */
    public static <T> Page<T> page(EntityManager entityManager, Class<T> entity, String condition,
                                   Map<String, Object> parameters, PageRequest request, Function<T, Instant> createdAt) {
        Cursor after = KEYS.after(request);
        List<String> where = new ArrayList<>();
        if (condition != null) {
            where.add("(" + condition + ")");
        }
        if (after != null) {
            where.add("(createdAt < :afterTime OR (createdAt = :afterTime AND id < :afterId))");
        }
        String name = entityManager.getMetamodel().entity(entity).getName();
        TypedQuery<T> query = entityManager.createQuery("FROM " + name
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY createdAt DESC, id DESC", entity);
        parameters.forEach(query::setParameter);
        if (after != null) {
            query.setParameter("afterTime", after.value(0, Instant.class));
            query.setParameter("afterId", after.value(1, UUID.class));
        }
        List<T> rows = query.setMaxResults(request.lookahead()).getResultList();
        var ids = entityManager.getEntityManagerFactory().getPersistenceUnitUtil();
        return KEYS.page(rows, request, row -> List.of(createdAt.apply(row), ids.getIdentifier(row)));
    }
}
