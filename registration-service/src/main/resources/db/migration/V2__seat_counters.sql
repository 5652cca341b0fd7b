-- Seats taken, kept as counters and claimed with one conditional UPDATE each (Seats.java), so that
-- registrations to one conference no longer queue behind a lock held for the whole request.
-- A seat is held by a registration that is submitted, approved or checked in and not deleted.
ALTER TABLE conference ADD COLUMN seats_taken integer NOT NULL DEFAULT 0 CHECK (seats_taken >= 0);
ALTER TABLE delegation ADD COLUMN seats_taken integer NOT NULL DEFAULT 0 CHECK (seats_taken >= 0);

UPDATE conference c SET seats_taken = (SELECT count(*) FROM participant p WHERE p.conference_id = c.id
    AND p.deleted_at IS NULL AND p.status IN ('submitted', 'approved', 'checked-in'));
UPDATE delegation d SET seats_taken = (SELECT count(*) FROM participant p WHERE p.delegation_id = d.id
    AND p.deleted_at IS NULL AND p.status IN ('submitted', 'approved', 'checked-in'));
