-- Each subscription's due deliveries in the order they are sent, so that a claim reads the first few
-- of each subscription (WebhookQueue.claim) instead of ranking the whole backlog: with thousands
-- waiting, ranking them all took tens of milliseconds a claim, more as the backlog grew, and the
-- sender fell further behind the longer it was behind.
CREATE INDEX webhook_delivery_due_per_subscription ON webhook_delivery (subscription_id, next_attempt_at, id)
    WHERE status IN ('pending', 'failed', 'sending');
