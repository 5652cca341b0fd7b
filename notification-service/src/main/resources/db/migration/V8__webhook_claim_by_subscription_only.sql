-- The webhook claim (WebhookQueue.claim) reads each subscription's first due deliveries, and V6's
-- index serves exactly that. PostgreSQL still chose this older index of all due deliveries in time
-- order, filtering by subscription: cheap while the backlog is short, but for a subscription with
-- nothing due it read the whole backlog, once per subscription and claim. In figure 3's step of 100
-- approvals a second (docs/performance.md, 2026-12-05 night) the index was read 651 million times
-- and PostgreSQL took 40 ms of CPU per approval. No other query orders deliveries by time alone.
DROP INDEX webhook_delivery_due;
