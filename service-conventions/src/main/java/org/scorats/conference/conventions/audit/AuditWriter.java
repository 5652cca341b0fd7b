package org.scorats.conference.conventions.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import org.scorats.conference.conventions.persistence.StoredTime;
import org.scorats.conference.conventions.security.Caller;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes audit entries through the connection of the transaction that makes the change (Agroal
 * hands the transaction's enlisted connection back), so the entries commit or roll back with it.
 */
@ApplicationScoped
public class AuditWriter {

    private static final String INSERT = "INSERT INTO audit_entry (id, created_at, actor_subject, actor_client, actor_role, "
            + "request_id, client_address, action, resource, resource_id, organization_code, conference_id, participant_id, "
            + "changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)";

    /** An entry collected in a transaction, written when its statements are. */
    static final class Pending {
        final String action;
        final String resource;
        final String resourceId;
        final String organization;
        final String conference;
        final UUID participant;
        final Map<String, Map<String, Object>> changes;

        Pending(String action, String resource, String resourceId, String organization, String conference, UUID participant,
                Map<String, Map<String, Object>> changes) {
            this.action = action;
            this.resource = resource;
            this.resourceId = resourceId;
            this.organization = organization;
            this.conference = conference;
            this.participant = participant;
            this.changes = changes;
        }

        /** A create followed by a change in the same transaction is one create, with the final values. */
        void mergeLater(Pending update) {
            update.changes.forEach((field, change) ->
                    changes.computeIfAbsent(field, f -> new LinkedHashMap<>()).put("to", change.get("to")));
        }
    }

    /** Who acts: the caller of a request, or the service itself (applying an event, a scheduled job). */
    record Actor(String subject, String client, String role, String requestId, String clientAddress) {
        static final Actor SYSTEM = new Actor("system", null, "system", null, null);
    }

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final Instance<Caller> caller;
    private final Instance<RequestOrigin> origin;

    AuditWriter(AgroalDataSource dataSource, ObjectMapper json, Instance<Caller> caller, Instance<RequestOrigin> origin) {
        this.dataSource = dataSource;
        this.json = json;
        this.caller = caller;
        this.origin = origin;
    }

    Actor actor() {
        if (!Arc.container().requestContext().isActive()) {
            return Actor.SYSTEM;
        }
        RequestOrigin request = origin.get();
        if (!request.http()) {
            return Actor.SYSTEM; // an event's consumer runs in a request context of its own, without a caller
        }
        Caller c = caller.get();
        if (c.isAnonymous()) {
            return new Actor("anonymous", null, "anonymous", request.requestId(), request.clientAddress());
        }
        return new Actor(c.subject(), c.client().orElse(null), c.role(), request.requestId(), request.clientAddress());
    }

    void write(List<Pending> entries) {
        Actor actor = actor();
        Timestamp now = Timestamp.from(StoredTime.now());
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Pending entry : entries) {
                insert.setObject(1, UUID.randomUUID());
                insert.setTimestamp(2, now);
                insert.setString(3, actor.subject());
                insert.setString(4, actor.client());
                insert.setString(5, actor.role());
                insert.setString(6, actor.requestId());
                insert.setString(7, actor.clientAddress());
                insert.setString(8, entry.action);
                insert.setString(9, entry.resource);
                insert.setString(10, entry.resourceId);
                insert.setString(11, entry.organization);
                insert.setString(12, entry.conference);
                insert.setObject(13, entry.participant);
                insert.setString(14, json.writeValueAsString(entry.changes));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException | JsonProcessingException e) {
            // The change must not commit without its entries: failing here rolls the transaction back.
            throw new IllegalStateException("The audit entries could not be written", e);
        }
    }

    /**
     * A write made with a plain statement rather than an entity (which the interceptor records by
     * itself): recorded in the caller's transaction, with the fields' new or old values.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void written(String action, String resource, String resourceId, String conference, Map<String, Object> fields) {
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        fields.forEach((field, value) -> changes.put(field, Map.of(AuditEntry.DELETE.equals(action) ? "from" : "to", value)));
        write(List.of(new Pending(action, resource, resourceId, null, conference, null, changes)));
    }

    /** Sealed fields of one resource that someone was shown. */
    public record SealedRead(String resource, String resourceId, String organization, String conference, UUID participant,
                             List<String> fields) {
    }

    /**
     * Someone was shown sealed data (a passport number, a date of birth): each read is recorded,
     * never the value. Joins the caller's transaction, or has its own.
     */
    @Transactional
    public void sealedRead(List<SealedRead> reads) {
        if (reads.isEmpty()) {
            return;
        }
        write(reads.stream().map(read -> {
            Map<String, Map<String, Object>> shown = new LinkedHashMap<>();
            read.fields().forEach(field -> shown.put(field, Map.of("shown", AuditedChanges.MASK)));
            return new Pending(AuditEntry.READ_SEALED, read.resource(), read.resourceId(), read.organization(),
                    read.conference(), read.participant(), shown);
        }).toList());
    }
}
