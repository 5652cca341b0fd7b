-- The audit trail: who changed what, when, from where; and who read sealed data. Written in the
-- transaction of the change itself (AuditInterceptor), so a rolled-back change leaves no entry.
-- Append-only: the API only reads it, and the database refuses updates; old entries leave by
-- retention only (AuditRetention).
CREATE TABLE audit_entry (
    id                 uuid PRIMARY KEY,
    created_at         timestamptz NOT NULL,
    actor_subject      text        NOT NULL,
    actor_client       text,
    actor_role         text        NOT NULL,
    request_id         text,
    client_address     text,
    action             text        NOT NULL,
    resource           text        NOT NULL,
    resource_id        text        NOT NULL,
    organization_code  text,
    conference_id      text,
    participant_id     uuid,
    changes            jsonb       NOT NULL
);
CREATE INDEX audit_entry_resource ON audit_entry (resource, resource_id, created_at);
CREATE INDEX audit_entry_actor ON audit_entry (actor_subject, created_at);
CREATE INDEX audit_entry_organization ON audit_entry (organization_code, created_at);
CREATE INDEX audit_entry_participant ON audit_entry (participant_id, created_at);
CREATE INDEX audit_entry_newest ON audit_entry (created_at DESC, id DESC);

CREATE FUNCTION audit_entry_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are never changed';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
