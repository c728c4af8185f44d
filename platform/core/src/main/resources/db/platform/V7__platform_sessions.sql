-- The server side of every signed-in browser session: the session cookie carries only this row's id
-- (claim "sid") besides its signature, and is valid only while the row is. Sign-out revokes the row, so
-- a copied cookie stops working at once on every instance; roles, tenants and organisation are kept
-- here and re-read from the user directory (Keycloak, or the demo users) every few minutes.
CREATE TABLE platform_sessions (
    id            VARCHAR(64)   NOT NULL PRIMARY KEY,
    username      VARCHAR(200)  NOT NULL,
    subject       VARCHAR(64),
    display_name  VARCHAR(200)  NOT NULL,
    roles         VARCHAR(1000) NOT NULL,
    tenants       VARCHAR(4000) NOT NULL,
    organisation  VARCHAR(200),
    created_at    TIMESTAMP(6)  NOT NULL,
    last_seen_at  TIMESTAMP(6)  NOT NULL,
    roles_read_at TIMESTAMP(6)  NOT NULL,
    expires_at    TIMESTAMP(6)  NOT NULL,
    revoked_at    TIMESTAMP(6)
);
CREATE INDEX ix_platform_sessions_username ON platform_sessions (username);
CREATE INDEX ix_platform_sessions_expires ON platform_sessions (expires_at);
