-- Webhook secrets are sealed at rest (SealedText, notification.sealing-key). Secrets stored before
-- are moved into the sealed column by LegacySecrets when the service starts, then cleared.
ALTER TABLE webhook_subscription RENAME COLUMN secret TO clear_secret;
ALTER TABLE webhook_subscription ALTER COLUMN clear_secret DROP NOT NULL;
ALTER TABLE webhook_subscription ADD COLUMN sealed_secret bytea;
