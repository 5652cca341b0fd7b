-- What participants thought of a session of the published program: one rating (1 to 5) and an
-- optional comment per participant and session, which they may change.
CREATE TABLE session_feedback (
    id              uuid PRIMARY KEY,
    session_id      uuid        NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    conference_id   text        NOT NULL,
    participant_id  uuid        NOT NULL,
    account_subject text        NOT NULL,
    rating          integer     NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment         text,
    version         bigint      NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    UNIQUE (session_id, participant_id)
);
CREATE INDEX session_feedback_conference ON session_feedback (conference_id, session_id);
CREATE INDEX session_feedback_newest ON session_feedback (session_id, updated_at DESC, id DESC);
