package org.scorats.conference.conventions.audit;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Convert;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.conventions.persistence.SealedText;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every insert, update and delete of an {@link Audited} entity, as Hibernate flushes it, becomes
 * an audit entry in the same transaction: the fields that changed, from and to, sealed ones masked.
 * Bookkeeping fields (version, timestamps kept for sorting) are left out.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class AuditInterceptor implements Interceptor {

    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "sortName", "searchText",
            "changeXid", "changeSeq");

    private final AuditWriter writer;
    private final Map<Class<?>, Set<String>> sealed = new ConcurrentHashMap<>();

    AuditInterceptor(AuditWriter writer) {
        this.writer = writer;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        record(entity, id, "create", names, null, state);
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names, Type[] types) {
        record(entity, id, "update", names, previous, current);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        record(entity, id, "delete", names, state, null);
    }

    private void record(Object entity, Object id, String action, String[] names, Object[] before, Object[] after) {
        Audited audited = entity.getClass().getAnnotation(Audited.class);
        if (audited == null) {
            return;
        }
        Set<String> sealedFields = sealed.computeIfAbsent(entity.getClass(), AuditInterceptor::sealedFields);
        Map<String, Object> changes = new LinkedHashMap<>();
        String organization = null;
        String conference = null;
        for (int i = 0; i < names.length; i++) {
            Object from = before == null ? null : before[i];
            Object to = after == null ? null : after[i];
            if (names[i].equals(audited.organizationField())) {
                organization = Objects.toString(to != null ? to : from, null);
            }
            if (names[i].equals(audited.conferenceField())) {
                conference = Objects.toString(to != null ? to : from, null);
            }
            if (BOOKKEEPING.contains(names[i]) || Objects.equals(from, to)) {
                continue;
            }
            Map<String, Object> change = new LinkedHashMap<>();
            boolean masked = sealedFields.contains(names[i]);
            if (before != null) {
                change.put("from", masked && from != null ? "***" : plain(from));
            }
            if (after != null) {
                change.put("to", masked && to != null ? "***" : plain(to));
            }
            changes.put(names[i], change);
        }
        if (action.equals("update") && changes.isEmpty()) {
            return;
        }
        writer.write(action, audited.value(), String.valueOf(id), organization, conference, changes);
    }

    /** What JSON should say for a value: codes for the platform's enums, text for times and ids. */
    private static Object plain(Object value) {
        if (value instanceof CodedEnum coded) {
            return coded.code();
        }
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String
                || value instanceof Map || value instanceof java.util.Collection) {
            return value;
        }
        return value.toString();
    }

    private static Set<String> sealedFields(Class<?> type) {
        Set<String> fields = new HashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                Convert convert = field.getAnnotation(Convert.class);
                if (convert != null && convert.converter() == SealedText.class) {
                    fields.add(field.getName());
                }
            }
        }
        return fields;
    }
}
