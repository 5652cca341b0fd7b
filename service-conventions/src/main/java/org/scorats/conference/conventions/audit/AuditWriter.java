package org.scorats.conference.conventions.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.scorats.conference.conventions.security.Caller;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Writes audit entries through the connection of the transaction that makes the change (Agroal
 * hands the enlisted one back), so the entry commits or rolls back with it: a failed write leaves
 * none, a successful one exactly one.
 */
@ApplicationScoped
public class AuditWriter {

    private static final String INSERT = "INSERT INTO audit_entry (id, created_at, actor_subject, actor_client, actor_role, "
            + "request_id, client_address, action, resource, resource_id, organization_code, conference_id, changes) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)";

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

    /** Who acts: the caller of a request, or the service itself applying an event. */
    record Actor(String subject, String client, String role, String requestId, String clientAddress) {
    }

    Actor actor() {
        if (!Arc.container().requestContext().isActive()) {
            return new Actor("system", null, "system", null, null);
        }
        Caller c = caller.get();
        RequestOrigin o = origin.get();
        return new Actor(c.subject(), c.client().orElse(null), c.role(), o.requestId(), o.clientAddress());
    }

    void write(String action, String resource, String resourceId, String organization, String conference,
               Map<String, Object> changes) {
        Actor actor = actor();
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.setString(3, actor.subject());
            insert.setString(4, actor.client());
            insert.setString(5, actor.role());
            insert.setString(6, actor.requestId());
            insert.setString(7, actor.clientAddress());
            insert.setString(8, action);
            insert.setString(9, resource);
            insert.setString(10, resourceId);
            insert.setString(11, organization);
            insert.setString(12, conference);
            insert.setString(13, json.writeValueAsString(changes));
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            // The change must not commit without its entry: failing here rolls the transaction back.
            throw new IllegalStateException("The audit entry could not be written", e);
        }
    }

    /** Someone was shown sealed data (a passport number): the read is recorded, not the value. */
    public void sealedRead(String resource, String resourceId, String organization, String conference, String... fields) {
        Map<String, Object> read = new java.util.LinkedHashMap<>();
        for (String field : fields) {
            read.put(field, "***");
        }
        write("read-sealed", resource, resourceId, organization, conference, read);
    }
}
