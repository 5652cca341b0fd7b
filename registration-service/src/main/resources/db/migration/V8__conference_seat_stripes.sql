-- The conference's seats as free seats spread over eight rows (stripes) instead of one counter of
-- seats taken: a registration takes a seat from any stripe not locked by another one's claim, so
-- registrations to one conference no longer wait for each other's commits (SeatStripes.java).
-- Seats given back all go to stripe 0, which alone may go below zero: the seats held beyond a
-- capacity lowered under them, paid back by the next seats given back.
CREATE TABLE conference_seat_stripe (
    conference_id text     NOT NULL REFERENCES conference (id),
    stripe        smallint NOT NULL CHECK (stripe BETWEEN 0 AND 7),
    free          integer  NOT NULL,
    PRIMARY KEY (conference_id, stripe),
    CHECK (free >= 0 OR stripe = 0)
);

INSERT INTO conference_seat_stripe (conference_id, stripe, free)
SELECT c.id, s.stripe,
       CASE WHEN c.capacity - c.seats_taken < 0 THEN CASE WHEN s.stripe = 0 THEN c.capacity - c.seats_taken ELSE 0 END
            ELSE (c.capacity - c.seats_taken) / 8 + CASE WHEN s.stripe < (c.capacity - c.seats_taken) % 8 THEN 1 ELSE 0 END
       END
FROM conference c CROSS JOIN generate_series(0, 7) AS s (stripe);

ALTER TABLE conference DROP COLUMN seats_taken;
