-- What the organizers tell a chosen part of a conference's participants (a bus time, a room moved):
-- the text in each language given, whom it was for, and who sent it. Each recipient gets a notice
-- of kind 'announcement' whose event_id is the announcement's id, so its delivery is counted from them.
CREATE TABLE announcement (
    id                      uuid PRIMARY KEY,
    conference_id           text        NOT NULL,
    subject                 jsonb       NOT NULL,
    text                    jsonb       NOT NULL,
    audience                jsonb       NOT NULL,
    recipients              integer     NOT NULL,
    recipients_by_language  jsonb       NOT NULL,
    sent_by                 text        NOT NULL,
    created_at              timestamptz NOT NULL
);
CREATE INDEX announcement_newest ON announcement (conference_id, created_at DESC, id DESC);
CREATE INDEX notice_announcement ON notice (event_id) WHERE kind = 'announcement';
