-- agenda-service schema, first part: rooms, and the directory of registered participants.

CREATE TABLE room (
    id              uuid PRIMARY KEY,
    conference_id   text        NOT NULL,
    name            jsonb       NOT NULL,
    capacity        integer     NOT NULL CHECK (capacity > 0),
    interpretation  jsonb       NOT NULL,
    version         bigint      NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);
CREATE INDEX room_conference ON room (conference_id, id);

-- Participants as registration-service announces them (ParticipantProjection in
-- service-conventions); speakers link here for their names in both scripts, organization and
-- language. Never written but by the registration events.
CREATE TABLE participant_directory (
    participant_id     uuid PRIMARY KEY,
    conference_id      text        NOT NULL,
    organization_code  text        NOT NULL,
    account_subject    text,
    given_name         text        NOT NULL,
    family_name        text        NOT NULL,
    given_name_latin   text        NOT NULL,
    family_name_latin  text        NOT NULL,
    email              text        NOT NULL,
    language           text        NOT NULL,
    role               text        NOT NULL,
    attendance         text        NOT NULL,
    status             text        NOT NULL,
    listed_publicly    boolean     NOT NULL,
    deleted            boolean     NOT NULL,
    version            bigint      NOT NULL,
    updated_at         timestamptz NOT NULL
);
CREATE INDEX participant_directory_conference ON participant_directory (conference_id);
