-- Events a consumer can never apply (not a CloudEvent, an unknown CloudEvents version, a payload
-- that is not what its type promises), kept with the reason for organizers to see and replay.
-- Failures that may pass (database, locks, broker) are retried and never land here.
CREATE TABLE dead_letter (
    id               uuid        PRIMARY KEY,
    channel          text        NOT NULL,
    topic            text        NOT NULL,
    kafka_partition  integer     NOT NULL,
    kafka_offset     bigint      NOT NULL,
    record_key       text,
    headers          jsonb       NOT NULL,
    payload          text,
    event_id         text,
    event_type       text,
    reason           text        NOT NULL,
    status           text        NOT NULL,
    failed_at        timestamptz NOT NULL,
    replayed_at      timestamptz,
    replay_error     text,
    created_at       timestamptz NOT NULL,
    -- A record redelivered after a crash is dead-lettered once.
    UNIQUE (channel, topic, kafka_partition, kafka_offset)
);

CREATE INDEX dead_letter_waiting ON dead_letter (created_at) WHERE status = 'waiting';
