package org.scorats.conference.conventions.audit;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.Dependent;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.type.Type;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Every insert, update and delete of an {@link Audited} entity becomes an audit entry in the same
 * transaction. Entries are collected as the session persists and flushes, and written in one JDBC
 * batch when the flush has executed its statements ({@link #postFlush}): a partner's batch of
 * 1,000 costs one more round trip, not 1,000. A flush that fails never reaches postFlush, and its
 * transaction rolls back, so a failed write leaves no entry.
 *
 * <p>{@code @Dependent}: Quarkus makes one per session, so the collected entries are the session's own.
 */
@PersistenceUnitExtension
@Dependent
public class AuditInterceptor implements Interceptor {

    private final AuditWriter writer;
    private final AuditedChanges changes;
    private final List<AuditWriter.Pending> pending = new ArrayList<>();
    /** Entities created in this flush, so that a change made after persist joins its create entry. */
    private final Map<Object, AuditWriter.Pending> created = new IdentityHashMap<>();

    AuditInterceptor(AuditWriter writer, AuditedChanges changes) {
        this.writer = writer;
        this.changes = changes;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        changes.of(entity, id, AuditEntry.CREATE, names, null, state).ifPresent(entry -> {
            pending.add(entry);
            created.put(entity, entry);
        });
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names, Type[] types) {
        changes.of(entity, id, AuditEntry.UPDATE, names, previous, current).ifPresent(entry -> {
            AuditWriter.Pending create = created.get(entity);
            if (create != null) {
                create.mergeLater(entry);
            } else {
                pending.add(entry);
            }
        });
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        changes.of(entity, id, AuditEntry.DELETE, names, state, null).ifPresent(pending::add);
    }

    @Override
    public void postFlush(Iterator<Object> entities) {
        if (!pending.isEmpty()) {
            List<AuditWriter.Pending> batch = List.copyOf(pending);
            pending.clear();
            created.clear();
            writer.write(batch);
        }
    }

    @Override
    public void afterTransactionCompletion(Transaction transaction) {
        pending.clear();
        created.clear();
    }
}
