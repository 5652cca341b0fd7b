-- Status changes take their ids from a sequence handed out 50 at a time (StatusChange), so that a
-- partner's batch inserts its 1,000 first statuses in JDBC batches: an identity column returns each
-- id from its own insert, one round trip per row.
ALTER TABLE participant_status_change ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE participant_status_change_id_seq INCREMENT BY 50 OWNED BY participant_status_change.id;
SELECT setval('participant_status_change_id_seq', (SELECT coalesce(max(id), 0) + 50 FROM participant_status_change));
-- The history of a participant is read in time order (two instances' id blocks interleave).
DROP INDEX participant_status_change_participant;
CREATE INDEX participant_status_change_participant ON participant_status_change (participant_id, changed_at, id);
