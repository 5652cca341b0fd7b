-- Shared by every service (module service-conventions). Versions 0.x are reserved for these
-- scripts; each service numbers its own migrations from 1.

-- Events waiting to be published, written in the same transaction as the change they describe.
CREATE TABLE outbox_message (
    position     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id           uuid        NOT NULL UNIQUE,
    topic        text        NOT NULL,
    message_key  text        NOT NULL,
    type         text        NOT NULL,
    source       text        NOT NULL,
    subject      text,
    payload      jsonb       NOT NULL,
    occurred_at  timestamptz NOT NULL,
    sent_at      timestamptz,
    attempts     integer     NOT NULL DEFAULT 0,
    last_error   text
);

-- The relay reads only unsent rows, in order; sent rows are only ever deleted by age.
CREATE INDEX outbox_message_unsent ON outbox_message (position) WHERE sent_at IS NULL;
CREATE INDEX outbox_message_sent_at ON outbox_message (sent_at) WHERE sent_at IS NOT NULL;

-- Events a consumer has applied, recorded in the same transaction as their effect.
CREATE TABLE inbox_event (
    consumer    text        NOT NULL,
    event_id    text        NOT NULL,
    event_type  text        NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
