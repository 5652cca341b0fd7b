-- What the logistics desk is told: changes to approved participants' arrivals. A desk, not a
-- person, reads them (organizers on duty), so they are kept apart from people's notices.
CREATE TABLE desk_notice (
    id              uuid PRIMARY KEY,
    conference_id   text        NOT NULL,
    desk            text        NOT NULL,
    kind            text        NOT NULL,
    participant_id  uuid        NOT NULL,
    data            jsonb       NOT NULL,
    event_id        text        NOT NULL,
    created_at      timestamptz NOT NULL
);
CREATE INDEX desk_notice_newest ON desk_notice (conference_id, desk, created_at DESC, id DESC);
