-- Each subscription's deliveries are isolated from the others': a delivery being sent is marked
-- 'sending' until its outcome is recorded (or its lease, next_attempt_at, runs out after a crash),
-- and a subscription that keeps failing is paused for a while (a circuit breaker).
ALTER TABLE webhook_subscription ADD COLUMN consecutive_failures integer NOT NULL DEFAULT 0;
ALTER TABLE webhook_subscription ADD COLUMN paused_until timestamptz;

DROP INDEX webhook_delivery_due;
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status IN ('pending', 'failed', 'sending');
CREATE INDEX webhook_delivery_sending ON webhook_delivery (subscription_id) WHERE status = 'sending';
