-- When a mail that could not be sent is tried again (backoff); null: at the next run.
ALTER TABLE mail_outbox ADD COLUMN next_attempt_at TIMESTAMP(6) NULL;
-- How often the SMTP server refused this mail (attempts also counts the runs while the server was away,
-- which never give a mail up).
ALTER TABLE mail_outbox ADD COLUMN refusals INT NOT NULL DEFAULT 0;
