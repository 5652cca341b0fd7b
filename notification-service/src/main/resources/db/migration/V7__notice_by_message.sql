-- The notices of one email, read each time it is sent (MailQueue) and when it is shown. Without this
-- index every send scanned the whole notice table: in the benchmark's event-latency run, 34,000 scans
-- read 607 million rows, the database's CPU growing with every notice ever recorded.
CREATE INDEX notice_message ON notice (message_id);
