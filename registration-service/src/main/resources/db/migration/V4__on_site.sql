-- The days on site: badges signed with a conference's keys, scans at the doors.

-- Ed25519 keys signing a conference's badges and door lists. The private half is sealed like
-- passport data (SealedText); a retired key signs nothing new but stays published, so the badges
-- it printed keep verifying.
CREATE TABLE badge_key (
    kid            text PRIMARY KEY,
    conference_id  text        NOT NULL REFERENCES conference (id),
    public_x       text        NOT NULL,
    private_key    bytea       NOT NULL,
    created_at     timestamptz NOT NULL,
    retired_at     timestamptz
);
CREATE UNIQUE INDEX badge_key_current ON badge_key (conference_id) WHERE retired_at IS NULL;

-- One active badge per participant; revoked ones stay, for the door lists' revocations.
CREATE TABLE badge (
    code            text PRIMARY KEY,
    participant_id  uuid        NOT NULL REFERENCES participant (id),
    conference_id   text        NOT NULL REFERENCES conference (id),
    kid             text        NOT NULL REFERENCES badge_key (kid),
    token           text        NOT NULL,
    valid_from      timestamptz NOT NULL,
    valid_until     timestamptz NOT NULL,
    issued_at       timestamptz NOT NULL,
    revoked_at      timestamptz,
    revoked_reason  text
);
CREATE UNIQUE INDEX badge_active ON badge (participant_id) WHERE revoked_at IS NULL;
CREATE INDEX badge_conference ON badge (conference_id);

-- Every scan at a door, online or uploaded later from an offline device. The nonce makes an
-- upload repeated after a lost answer count once.
CREATE TABLE check_in_scan (
    id              uuid PRIMARY KEY,
    conference_id   text        NOT NULL REFERENCES conference (id),
    nonce           text        NOT NULL,
    participant_id  uuid        REFERENCES participant (id),
    badge_code      text,
    door            text        NOT NULL,
    direction       text        NOT NULL,
    scanned_at      timestamptz NOT NULL,
    received_at     timestamptz NOT NULL,
    device          text        NOT NULL,
    offline         boolean     NOT NULL,
    outcome         text        NOT NULL,
    UNIQUE (conference_id, nonce)
);
CREATE INDEX check_in_scan_participant ON check_in_scan (participant_id, scanned_at);
CREATE INDEX check_in_scan_conference ON check_in_scan (conference_id, scanned_at);
