-- A partner rotating its signing secret: the secret it replaced keeps signing beside the new one
-- until previous_secret_until, so the receiver can switch at any moment without refusing a delivery.
ALTER TABLE webhook_subscription ADD COLUMN sealed_previous_secret bytea;
ALTER TABLE webhook_subscription ADD COLUMN previous_secret_until timestamptz;
