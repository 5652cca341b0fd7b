-- agenda-service schema, second part: the program draft, its releases, personal agendas.

-- Conferences as registration-service announces them: the days and zone sessions must fall in.
CREATE TABLE conference_calendar (
    conference_id  text PRIMARY KEY,
    name           jsonb       NOT NULL,
    start_date     date        NOT NULL,
    end_date       date        NOT NULL,
    time_zone      text        NOT NULL,
    languages      jsonb       NOT NULL,
    venue          jsonb       NOT NULL,
    arrival_deadline timestamptz NOT NULL,
    contacts       jsonb       NOT NULL,
    version        bigint      NOT NULL,
    updated_at     timestamptz NOT NULL
);

-- A speaker is a registered participant (names from the directory) or a guest named here.
CREATE TABLE speaker (
    id                 uuid PRIMARY KEY,
    conference_id      text        NOT NULL,
    participant_id     uuid,
    given_name         text,
    family_name        text,
    given_name_latin   text,
    family_name_latin  text,
    affiliation        text,
    biography          jsonb,
    version            bigint      NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    CHECK (participant_id IS NOT NULL OR (given_name_latin IS NOT NULL AND family_name_latin IS NOT NULL))
);
CREATE UNIQUE INDEX speaker_participant ON speaker (conference_id, participant_id) WHERE participant_id IS NOT NULL;

CREATE TABLE session (
    id              uuid PRIMARY KEY,
    conference_id   text        NOT NULL,
    kind            text        NOT NULL,
    title           jsonb       NOT NULL,
    description     jsonb,
    topics          jsonb       NOT NULL,
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL,
    room_id         uuid REFERENCES room (id),
    languages       jsonb       NOT NULL,
    interpretation  jsonb       NOT NULL,
    version         bigint      NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX session_schedule ON session (conference_id, starts_at);

CREATE TABLE session_chair (
    session_id  uuid    NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    speaker_id  uuid    NOT NULL REFERENCES speaker (id),
    PRIMARY KEY (session_id, position)
);

CREATE TABLE talk (
    id              uuid PRIMARY KEY,
    conference_id   text        NOT NULL,
    session_id      uuid        NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    title           jsonb       NOT NULL,
    abstract        jsonb,
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL,
    language        text        NOT NULL,
    version         bigint      NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX talk_session ON talk (session_id, starts_at);

CREATE TABLE talk_speaker (
    talk_id     uuid    NOT NULL REFERENCES talk (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    speaker_id  uuid    NOT NULL REFERENCES speaker (id),
    PRIMARY KEY (talk_id, position)
);
CREATE INDEX talk_speaker_speaker ON talk_speaker (speaker_id);

-- Published, frozen programs: what the public reads. Never updated.
CREATE TABLE program_release (
    conference_id  text        NOT NULL,
    number         integer     NOT NULL,
    comment        text        NOT NULL,
    program        jsonb       NOT NULL,
    published_at   timestamptz NOT NULL,
    published_by   text        NOT NULL,
    PRIMARY KEY (conference_id, number)
);

-- Sessions a delegate marked for their own agenda.
CREATE TABLE agenda_mark (
    conference_id    text        NOT NULL,
    account_subject  text        NOT NULL,
    session_id       uuid        NOT NULL,
    marked_at        timestamptz NOT NULL,
    PRIMARY KEY (account_subject, session_id)
);
CREATE INDEX agenda_mark_session ON agenda_mark (session_id);
