-- Answers to idempotent creates are no longer kept: a replay reads the resource again (see
-- IdempotencyKeys). The bodies kept so far may hold passport numbers or webhook secrets: gone.
ALTER TABLE idempotency_key DROP COLUMN body;
