-- When a mail that could not be sent is tried again (backoff); null: at the next run.
ALTER TABLE mail_outbox ADD COLUMN next_attempt_at TIMESTAMP(6) NULL;
