package org.scorats.conference.conventions.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One line of the audit trail, as read back; written by {@link AuditWriter}, never changed. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    public static final String CREATE = "create";
    public static final String UPDATE = "update";
    public static final String DELETE = "delete";
    public static final String READ_SEALED = "read-sealed";

    @Id
    public UUID id;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_client")
    public String actorClient;

    @Column(name = "actor_role")
    public String actorRole;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "client_address")
    public String clientAddress;

    /** create, update, delete, or read-sealed. */
    public String action;

    public String resource;

    @Column(name = "resource_id")
    public String resourceId;

    @Column(name = "organization_code")
    public String organizationCode;

    @Column(name = "conference_id")
    public String conferenceId;

    @Column(name = "participant_id")
    public UUID participantId;

    /** Field to {@code {from, to}}; sealed values as {@code "***"}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> changes;
}
