package org.scorats.conference.conventions.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Convert;
import org.scorats.conference.conventions.persistence.CodedEnum;
import org.scorats.conference.conventions.persistence.SealedText;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an audit entry says about one entity's insert, update or delete: the fields that changed,
 * from and to, with sealed fields (passport numbers) and binary ones masked, and the organization,
 * conference and participant it concerns. Bookkeeping fields (version, sort and search keys,
 * timestamps kept for paging) are left out: they change with every write and say nothing.
 */
@ApplicationScoped
public class AuditedChanges {

    static final String MASK = "***";
    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "sortName", "searchText",
            "changeXid", "changeSeq");

    private final ObjectMapper json;
    private final Map<Class<?>, Set<String>> sealed = new ConcurrentHashMap<>();

    AuditedChanges(ObjectMapper json) {
        this.json = json;
    }

    /** Empty for entities that are not {@link Audited}, and for updates that changed only bookkeeping. */
    Optional<AuditWriter.Pending> of(Object entity, Object id, String action, String[] names, Object[] before, Object[] after) {
        Audited audited = entity.getClass().getAnnotation(Audited.class);
        if (audited == null) {
            return Optional.empty();
        }
        Set<String> sealedFields = sealed.computeIfAbsent(entity.getClass(), AuditedChanges::sealedFields);
        Set<String> omitted = Set.of(audited.omit());
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        String organization = null;
        String conference = audited.conferenceField().equals("id") ? String.valueOf(id) : null;
        UUID participant = audited.participantField().equals("id") ? (UUID) id : null;
        for (int i = 0; i < names.length; i++) {
            Object from = before == null ? null : before[i];
            Object to = after == null ? null : after[i];
            Object current = to != null ? to : from;
            if (names[i].equals(audited.organizationField())) {
                organization = Objects.toString(current, null);
            } else if (names[i].equals(audited.conferenceField())) {
                conference = Objects.toString(current, null);
            } else if (names[i].equals(audited.participantField()) && current instanceof UUID holder) {
                participant = holder;
            }
            if (BOOKKEEPING.contains(names[i]) || omitted.contains(names[i]) || Objects.deepEquals(from, to)) {
                continue;
            }
            boolean masked = sealedFields.contains(names[i]) || from instanceof byte[] || to instanceof byte[];
            Map<String, Object> change = new LinkedHashMap<>();
            if (before != null) {
                change.put("from", masked && from != null ? MASK : plain(from));
            }
            if (after != null) {
                change.put("to", masked && to != null ? MASK : plain(to));
            }
            changes.put(names[i], change);
        }
        if (action.equals(AuditEntry.UPDATE) && changes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AuditWriter.Pending(action, audited.value(), String.valueOf(id), organization, conference,
                participant, changes));
    }

    /** As JSON would say it: codes for the platform's enums, ISO text for times, objects as their JSON. */
    private Object plain(Object value) {
        if (value instanceof CodedEnum coded) {
            return coded.code();
        }
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return json.convertValue(value, Object.class);
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
