-- registration-service schema: conferences, organizations, delegations, participants.

CREATE TABLE conference (
    id                      text PRIMARY KEY,
    name                    jsonb       NOT NULL,
    start_date              date        NOT NULL,
    end_date                date        NOT NULL,
    time_zone               text        NOT NULL,
    venue                   jsonb       NOT NULL,
    languages               jsonb       NOT NULL,
    capacity                integer     NOT NULL CHECK (capacity > 0),
    arrival_deadline        timestamptz NOT NULL,
    late_arrival_policy     text        NOT NULL CHECK (late_arrival_policy IN ('refuse', 'flag')),
    registration_opens_at   timestamptz NOT NULL,
    registration_closes_at  timestamptz NOT NULL,
    contacts                jsonb       NOT NULL,
    version                 bigint      NOT NULL,
    created_at              timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL,
    CHECK (end_date >= start_date),
    CHECK (registration_closes_at > registration_opens_at)
);

CREATE TABLE organization (
    code        text PRIMARY KEY,
    name        jsonb       NOT NULL,
    kind        text        NOT NULL,
    country     text,
    version     bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

CREATE TABLE delegation (
    id                   uuid PRIMARY KEY,
    conference_id        text        NOT NULL REFERENCES conference (id),
    organization_code    text        NOT NULL REFERENCES organization (code),
    head_participant_id  uuid,
    seat_quota           integer     NOT NULL CHECK (seat_quota >= 0),
    version              bigint      NOT NULL,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    UNIQUE (conference_id, organization_code)
);

-- Every insert or update of a participant is stamped with its transaction id and a sequence
-- number. The partner change feed reads in (change_xid, change_seq) order and only changes of
-- transactions older than every running one, so a slow commit never slips behind a cursor that
-- a partner already holds.
CREATE SEQUENCE participant_change_seq;

CREATE TABLE participant (
    id                      uuid PRIMARY KEY,
    conference_id           text        NOT NULL REFERENCES conference (id),
    delegation_id           uuid        NOT NULL REFERENCES delegation (id),
    organization_code       text        NOT NULL REFERENCES organization (code),
    external_id             text,
    account_subject         text,
    given_name              text        NOT NULL,
    family_name             text        NOT NULL,
    given_name_latin        text        NOT NULL,
    family_name_latin       text        NOT NULL,
    -- Kept by the application (Participant#index), which lower-cases Cyrillic and other scripts
    -- whatever the database's locale: sorting by Latin family name, and free-text search.
    sort_name               text        NOT NULL,
    search_text             text        NOT NULL,
    email                   text        NOT NULL,
    phone                   text,
    telegram                text,
    whatsapp                text,
    language                text        NOT NULL CHECK (language IN ('en', 'zh', 'ru')),
    role                    text        NOT NULL,
    attendance              text        NOT NULL CHECK (attendance IN ('in-person', 'remote')),
    arrival_at              timestamptz,
    arrival_transport       text,
    arrival_reference       text,
    travel_notes            text,
    late_arrival            boolean     NOT NULL DEFAULT false,
    dietary_needs           text,
    accessibility_needs     text,
    privacy_consent         boolean     NOT NULL CHECK (privacy_consent),
    public_listing_consent  boolean     NOT NULL,
    passport_number         bytea,
    date_of_birth           bytea,
    status                  text        NOT NULL,
    status_reason           text,
    deleted_at              timestamptz,
    version                 bigint      NOT NULL,
    created_at              timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL,
    change_xid              bigint      NOT NULL,
    change_seq              bigint      NOT NULL
);

-- Deleted participants stay as tombstones for the change feed; they hold no email or id.
CREATE UNIQUE INDEX participant_email ON participant (conference_id, lower(email)) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX participant_external_id ON participant (conference_id, organization_code, external_id)
    WHERE deleted_at IS NULL AND external_id IS NOT NULL;
CREATE UNIQUE INDEX participant_account ON participant (conference_id, account_subject)
    WHERE deleted_at IS NULL AND account_subject IS NOT NULL;
CREATE INDEX participant_list ON participant (conference_id, sort_name, id) WHERE deleted_at IS NULL;
CREATE INDEX participant_delegation ON participant (delegation_id, status);
CREATE INDEX participant_changes ON participant (conference_id, organization_code, change_xid, change_seq);

ALTER TABLE delegation ADD CONSTRAINT delegation_head FOREIGN KEY (head_participant_id) REFERENCES participant (id);

CREATE FUNCTION stamp_participant_change() RETURNS trigger AS $$
BEGIN
    NEW.change_xid := pg_current_xact_id()::text::bigint;
    NEW.change_seq := nextval('participant_change_seq');
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER participant_change BEFORE INSERT OR UPDATE ON participant
    FOR EACH ROW EXECUTE FUNCTION stamp_participant_change();

-- Who moved a registration from which status to which, when and why.
CREATE TABLE participant_status_change (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id  uuid        NOT NULL REFERENCES participant (id),
    from_status     text,
    to_status       text        NOT NULL,
    reason          text,
    actor_subject   text        NOT NULL,
    actor_role      text        NOT NULL,
    changed_at      timestamptz NOT NULL
);
CREATE INDEX participant_status_change_participant ON participant_status_change (participant_id, id);
