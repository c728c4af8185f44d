-- In-app notifications. A notice is kept once per (tenant, recipient, key): the unique constraint is
-- what makes a reminder job idempotent, even with several portal instances inserting at once.
CREATE TABLE notification (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   VARCHAR(64)   NOT NULL,
    recipient   VARCHAR(200)  NOT NULL,
    notice_key  VARCHAR(200)  NOT NULL,
    subject_sv  VARCHAR(500)  NOT NULL,
    subject_en  VARCHAR(500)  NOT NULL,
    body_sv     TEXT          NOT NULL,
    body_en     TEXT          NOT NULL,
    link        VARCHAR(500),
    created_at  TIMESTAMP(6)  NOT NULL,
    read_at     TIMESTAMP(6)  NULL,
    CONSTRAINT ux_notification_key UNIQUE (tenant_id, recipient, notice_key)
);
CREATE INDEX ix_notification_recipient ON notification (tenant_id, recipient, read_at, id);

-- The transactional outbox: a notice's e-mail, written in the notice's transaction and sent later by
-- the outbox sender (one instance at a time). Unique like the notice, so it is mailed once.
CREATE TABLE mail_outbox (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   VARCHAR(64)   NOT NULL,
    recipient   VARCHAR(200)  NOT NULL,
    notice_key  VARCHAR(200)  NOT NULL,
    to_address  VARCHAR(320)  NOT NULL,
    subject     VARCHAR(500)  NOT NULL,
    body        TEXT          NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    attempts    INT           NOT NULL DEFAULT 0,
    last_error  VARCHAR(1000),
    created_at  TIMESTAMP(6)  NOT NULL,
    sent_at     TIMESTAMP(6)  NULL,
    CONSTRAINT ux_mail_outbox_key UNIQUE (tenant_id, recipient, notice_key)
);
CREATE INDEX ix_mail_outbox_status ON mail_outbox (status, id);
CREATE INDEX ix_mail_outbox_created ON mail_outbox (created_at);

-- Personal calendar feeds: only the SHA-256 of the secret token is kept, one feed per user.
CREATE TABLE calendar_feed (
    token_hash  CHAR(64)      NOT NULL PRIMARY KEY,
    username    VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT ux_calendar_feed_user UNIQUE (username)
);
