-- What registration keeps of agenda-service's working program (events talk.* and speaker.*): who
-- speaks on what, so that a speaker's certificate of attendance names their talks. Each row takes
-- a snapshot only if it is newer than the one it holds; a cancellation is final.
CREATE TABLE program_speaker (
    id              uuid PRIMARY KEY,
    conference_id   text   NOT NULL,
    participant_id  uuid,
    version         bigint NOT NULL
);
CREATE INDEX program_speaker_participant ON program_speaker (participant_id);

CREATE TABLE program_talk (
    id              uuid        PRIMARY KEY,
    conference_id   text        NOT NULL,
    title           jsonb       NOT NULL,
    starts_at       timestamptz NOT NULL,
    speaker_ids     jsonb       NOT NULL,
    cancelled       boolean     NOT NULL DEFAULT false,
    version         bigint      NOT NULL
);
CREATE INDEX program_talk_speakers ON program_talk USING gin (speaker_ids);
