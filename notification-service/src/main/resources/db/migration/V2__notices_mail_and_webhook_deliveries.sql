-- notification-service schema, second part: what people are told, and how it reaches them.

-- Conferences as registration-service announces them: venue, arrival deadline, contacts for mail.
CREATE TABLE conference_info (
    conference_id     text PRIMARY KEY,
    name              jsonb       NOT NULL,
    start_date        date        NOT NULL,
    end_date          date        NOT NULL,
    time_zone         text        NOT NULL,
    languages         jsonb       NOT NULL,
    venue             jsonb       NOT NULL,
    arrival_deadline  timestamptz NOT NULL,
    contacts          jsonb       NOT NULL,
    version           bigint      NOT NULL,
    updated_at        timestamptz NOT NULL
);

-- One thing a person is told: an item of their inbox, and part of the next mail to them.
CREATE TABLE notice (
    id            uuid PRIMARY KEY,
    recipient_id  uuid        NOT NULL,
    conference_id text        NOT NULL,
    kind          text        NOT NULL,
    data          jsonb       NOT NULL,
    event_id      text        NOT NULL,
    created_at    timestamptz NOT NULL,
    read_at       timestamptz,
    message_id    uuid
);
CREATE INDEX notice_inbox ON notice (recipient_id, created_at DESC, id DESC);
CREATE INDEX notice_unmailed ON notice (recipient_id, created_at) WHERE message_id IS NULL;

-- An email: the notices of one burst, to one person, in their language.
CREATE TABLE mail_message (
    id               uuid PRIMARY KEY,
    recipient_id     uuid        NOT NULL,
    conference_id    text        NOT NULL,
    email            text        NOT NULL,
    language         text        NOT NULL,
    subject          text,
    status           text        NOT NULL,
    attempts         integer     NOT NULL,
    last_error       text,
    next_attempt_at  timestamptz NOT NULL,
    sent_at          timestamptz,
    version          bigint      NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX mail_message_due ON mail_message (next_attempt_at) WHERE status IN ('pending', 'failed');
CREATE INDEX mail_message_status ON mail_message (status, created_at, id);

-- An event on its way to a partner's endpoint, and every attempt to get it there.
CREATE TABLE webhook_delivery (
    id                 uuid PRIMARY KEY,
    subscription_id    uuid        NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    organization_code  text        NOT NULL,
    event_id           text        NOT NULL,
    event_type         text        NOT NULL,
    body               text        NOT NULL,
    status             text        NOT NULL,
    attempts           integer     NOT NULL,
    next_attempt_at    timestamptz NOT NULL,
    last_status        integer,
    last_error         text,
    version            bigint      NOT NULL,
    created_at         timestamptz NOT NULL,
    delivered_at       timestamptz,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status IN ('pending', 'failed');
CREATE INDEX webhook_delivery_subscription ON webhook_delivery (subscription_id, created_at DESC, id DESC);

CREATE TABLE webhook_attempt (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivery_id   uuid        NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempted_at  timestamptz NOT NULL,
    status_code   integer,
    error         text,
    duration_ms   integer     NOT NULL
);
CREATE INDEX webhook_attempt_delivery ON webhook_attempt (delivery_id, id);
