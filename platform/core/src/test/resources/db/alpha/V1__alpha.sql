CREATE TABLE alpha_note (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64)  NOT NULL,
    text      VARCHAR(500) NOT NULL,
    version   BIGINT       NOT NULL
);
CREATE INDEX ix_alpha_note_tenant ON alpha_note (tenant_id);
