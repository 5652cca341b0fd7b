-- Documents the platform issues: invitation letters for visas and certificates of attendance.

-- Every issued document, by the reference printed on it and encoded in its QR code: what the
-- public verification answers. It keeps only what the document itself states publicly.
CREATE TABLE issued_document (
    reference       text PRIMARY KEY,
    kind            text        NOT NULL,
    conference_id   text        NOT NULL REFERENCES conference (id),
    participant_id  uuid        NOT NULL REFERENCES participant (id),
    holder_latin    text        NOT NULL,
    valid_from      date,
    valid_until     date,
    issued_at       timestamptz NOT NULL,
    revoked_at      timestamptz,
    revoked_reason  text
);
CREATE UNIQUE INDEX issued_certificate_once ON issued_document (participant_id) WHERE kind = 'attendance-certificate';

-- A request for a visa invitation letter: the passport data it needs (sealed), where the
-- applicant applies, when they travel; approved (with a letter) or refused by organizers.
CREATE TABLE visa_letter (
    id              uuid PRIMARY KEY,
    conference_id   text        NOT NULL REFERENCES conference (id),
    participant_id  uuid        NOT NULL REFERENCES participant (id),
    status          text        NOT NULL,
    nationality     text        NOT NULL,
    passport_number bytea       NOT NULL,
    passport_expiry bytea,
    embassy         text        NOT NULL,
    travel_from     date        NOT NULL,
    travel_until    date        NOT NULL,
    language        text        NOT NULL,
    reference       text        REFERENCES issued_document (reference),
    requested_by    text        NOT NULL,
    requested_at    timestamptz NOT NULL,
    decided_by      text,
    decided_at      timestamptz,
    reason          text,
    version         bigint      NOT NULL
);
CREATE INDEX visa_letter_conference ON visa_letter (conference_id, requested_at);
CREATE UNIQUE INDEX visa_letter_open ON visa_letter (participant_id) WHERE status = 'requested';
