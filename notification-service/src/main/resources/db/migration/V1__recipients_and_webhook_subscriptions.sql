-- notification-service schema, first part: recipients and partners' webhook subscriptions.

-- Participants as registration-service announces them: whom to write, in which language.
CREATE TABLE recipient (
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
CREATE INDEX recipient_organization ON recipient (conference_id, organization_code);

-- A partner organization's endpoint for events about its own people and the public program.
CREATE TABLE webhook_subscription (
    id                 uuid PRIMARY KEY,
    organization_code  text        NOT NULL,
    url                text        NOT NULL,
    event_types        jsonb       NOT NULL,
    secret             text        NOT NULL,
    active             boolean     NOT NULL,
    version            bigint      NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL
);
CREATE INDEX webhook_subscription_organization ON webhook_subscription (organization_code, id);
